package nl.speelveld.routing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.speelveld.roles.RoleType;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.analysis.standard.StandardAnalyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause.Occur;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * The reference the wegwijzer is measured against: plain BM25 retrieval over what the role typology says
 * about each role. One document per role type holds its Dutch and English name and definition, analysed
 * twice (Dutch and English stemming, as a question may be in either language); the question, analysed the
 * same two ways, is the query. No knowledge beyond the typology, no tuning.
 */
final class Bm25Baseline implements AutoCloseable {

	private static final String CODE = "code";

	private static final String DUTCH = "nl";

	private static final String ENGLISH = "en";

	private final Analyzer analyzer = new PerFieldAnalyzerWrapper(new StandardAnalyzer(),
			Map.of(DUTCH, new DutchAnalyzer(), ENGLISH, new EnglishAnalyzer()));

	private final ByteBuffersDirectory directory = new ByteBuffersDirectory();

	private final DirectoryReader reader;

	private final IndexSearcher searcher;

	Bm25Baseline(List<RoleType> roles) {
		try {
			IndexWriterConfig config = new IndexWriterConfig(this.analyzer).setSimilarity(new BM25Similarity());
			try (IndexWriter writer = new IndexWriter(this.directory, config)) {
				for (RoleType role : roles) {
					writer.addDocument(document(role));
				}
			}
			this.reader = DirectoryReader.open(this.directory);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		this.searcher = new IndexSearcher(this.reader);
		this.searcher.setSimilarity(new BM25Similarity());
	}

	private static Document document(RoleType role) {
		String text = role.nameNl() + "\n" + role.nameEn() + "\n" + role.definitionNl() + "\n" + role.definitionEn();
		Document document = new Document();
		document.add(new StringField(CODE, role.code(), Field.Store.YES));
		document.add(new TextField(DUTCH, text, Field.Store.NO));
		document.add(new TextField(ENGLISH, text, Field.Store.NO));
		return document;
	}

	/** Role codes, best first, of every role that shares at least one analysed word with the question. */
	List<String> rank(String question) {
		BooleanQuery.Builder query = new BooleanQuery.Builder();
		for (String field : List.of(DUTCH, ENGLISH)) {
			for (String token : tokens(field, question)) {
				query.add(new TermQuery(new Term(field, token)), Occur.SHOULD);
			}
		}
		try {
			List<String> codes = new ArrayList<>();
			for (ScoreDoc hit : this.searcher.search(query.build(), Math.max(1, this.reader.maxDoc())).scoreDocs) {
				codes.add(this.searcher.storedFields().document(hit.doc).get(CODE));
			}
			return codes;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private List<String> tokens(String field, String text) {
		List<String> tokens = new ArrayList<>();
		try (TokenStream stream = this.analyzer.tokenStream(field, text)) {
			CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
			stream.reset();
			while (stream.incrementToken()) {
				tokens.add(term.toString());
			}
			stream.end();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return tokens;
	}

	@Override
	public void close() {
		try {
			this.reader.close();
			this.directory.close();
			this.analyzer.close();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
