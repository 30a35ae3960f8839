package nl.speelveld.areas.imports;

/** Receives what a reader finds in a file: features, and problems with the file itself. */
interface FeatureSink {

	void feature(RawFeature feature);

	void problem(ImportProblem problem);

}
