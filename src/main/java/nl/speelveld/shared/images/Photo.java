package nl.speelveld.shared.images;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageOutputStream;

/**
 * A photo as Speelveld keeps it: drawn again as a JPEG of at most {@value #LONGEST_SIDE} pixels, so that
 * nothing of the original file remains: no camera data, no GPS position of someone's home, no hidden
 * content behind an image header.
 */
public record Photo(byte[] jpeg) {

	public static final int MOST_BYTES = 8 * 1024 * 1024;

	public static final int LONGEST_SIDE = 1600;

	/** The photo in {@code upload}, or empty when it is not a JPEG, PNG or GIF image that can be read. */
	public static Optional<Photo> of(byte[] upload) {
		if (upload.length == 0 || upload.length > MOST_BYTES) {
			return Optional.empty();
		}
		try {
			BufferedImage original = ImageIO.read(new ByteArrayInputStream(upload));
			if (original == null || original.getWidth() < 1 || original.getHeight() < 1) {
				return Optional.empty();
			}
			return Optional.of(new Photo(jpeg(scaled(original))));
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
