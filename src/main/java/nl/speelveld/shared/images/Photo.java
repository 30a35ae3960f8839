package nl.speelveld.shared.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

/**
 * A photo as Speelveld keeps it: drawn again as a JPEG of at most {@value #LONGEST_SIDE} pixels, so that
 * nothing of the original file remains: no camera data, no GPS position of someone's home, no hidden
 * content behind an image header.
 */
public record Photo(byte[] jpeg) {

	public static final int MOST_BYTES = 8 * 1024 * 1024;

	public static final int LONGEST_SIDE = 1600;

	/** The most pixels decoded: a small file can claim a huge picture, which would fill the memory. */
	static final long MOST_PIXELS = 50_000_000L;

	/** The photo in {@code upload}, or empty when it is not a JPEG, PNG or GIF image that can be read. */
	public static Optional<Photo> of(byte[] upload) {
		if (upload.length == 0 || upload.length > MOST_BYTES) {
			return Optional.empty();
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(upload))) {
			Iterator<ImageReader> readers = in == null ? java.util.Collections.emptyIterator() : ImageIO.getImageReaders(in);
			if (!readers.hasNext()) {
				return Optional.empty();
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(in, true, true);
				// the size from the header first: only a picture of a sensible size is decoded
				if ((long) reader.getWidth(0) * reader.getHeight(0) > MOST_PIXELS) {
					return Optional.empty();
				}
				BufferedImage original = reader.read(0);
				if (original == null || original.getWidth() < 1 || original.getHeight() < 1) {
					return Optional.empty();
				}
				return Optional.of(new Photo(jpeg(scaled(original))));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException unreadable) {
			return Optional.empty();
		}
	}

	private static BufferedImage scaled(BufferedImage original) {
		double factor = Math.min(1.0, (double) LONGEST_SIDE / Math.max(original.getWidth(), original.getHeight()));
		int width = Math.max(1, (int) Math.round(original.getWidth() * factor));
		int height = Math.max(1, (int) Math.round(original.getHeight() * factor));
		BufferedImage drawn = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = drawn.createGraphics();
		graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
		graphics.setColor(java.awt.Color.WHITE);
		graphics.fillRect(0, 0, width, height);
		graphics.drawImage(original, 0, 0, width, height, null);
		graphics.dispose();
		return drawn;
	}

	private static byte[] jpeg(BufferedImage image) throws IOException {
		ImageWriter writer = ImageIO.getImageWritersByFormatName("jpeg").next();
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
			writer.setOutput(out);
			ImageWriteParam quality = writer.getDefaultWriteParam();
			quality.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
			quality.setCompressionQuality(0.85f);
			writer.write(null, new IIOImage(image, null, null), quality);
		}
		finally {
			writer.dispose();
		}
		return bytes.toByteArray();
	}

}
