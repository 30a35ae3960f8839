package nl.speelveld.shared.images;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** A photo is drawn again at a sensible size; a small file that claims a giant picture is not decoded. */
class PhotoTests {

	@Test
	void aPhotoIsDrawnAgainAtMostSixteenHundredPixelsWide() throws IOException {
		Photo photo = Photo.of(png(new BufferedImage(3200, 2400, BufferedImage.TYPE_INT_RGB))).orElseThrow();

		BufferedImage kept = ImageIO.read(new java.io.ByteArrayInputStream(photo.jpeg()));
		assertThat(kept.getWidth()).isEqualTo(Photo.LONGEST_SIDE);
		assertThat(kept.getHeight()).isEqualTo(1200);
	}

	@Test
	void aSmallFileClaimingAGiantPictureIsRefusedBeforeDecoding() throws IOException {
		// 10,000 by 6,000 black pixels: a few kilobytes as a PNG, 240 MB once decoded in colour
		byte[] giant = png(new BufferedImage(10_000, 6_000, BufferedImage.TYPE_BYTE_BINARY));

		assertThat(giant.length).isLessThan(Photo.MOST_BYTES);
		assertThat(Photo.of(giant)).isEmpty();
	}

	@Test
	void whatIsNoImageIsRefused() {
		assertThat(Photo.of(new byte[] { 0 })).isEmpty();
		assertThat(Photo.of("<svg onload=alert(1)>".getBytes())).isEmpty();
	}

	private static byte[] png(BufferedImage image) throws IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		ImageIO.write(image, "png", bytes);
		return bytes.toByteArray();
	}

}
