package nl.speelveld.socialmap.web;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.socialmap.editing.ImportProblem;
import nl.speelveld.socialmap.editing.ImportResult;
import nl.speelveld.socialmap.editing.PostImport;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** Importing posts from a CSV file, with an example file to start from. */
@Controller
class PostImportController {

	private final PostImport imports;

	PostImportController(PostImport imports) {
		this.imports = imports;
	}

	@GetMapping("/beheer/sociale-kaart/import")
	String page(Model model) {
		this.imports.example();
		return page(model, null);
	}

	@PostMapping("/beheer/sociale-kaart/import")
	String upload(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, Model model,
			RedirectAttributes redirect, HttpServletResponse response) throws IOException {
		ImportResult result;
		if (file == null || (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank()))) {
			this.imports.example();
			result = new ImportResult(List.of(new ImportProblem(0, null, "import.file.missing", List.of())), false, 0, 0,
					0, 0);
		}
		else if (file.getSize() > PostImport.MAX_BYTES) {
			this.imports.example();
			result = new ImportResult(List.of(new ImportProblem(0, null, "import.file.too-large",
					List.of(String.valueOf(PostImport.MAX_BYTES / 1024 / 1024)))), false, 0, 0, 0, 0);
		}
		else {
			result = this.imports.importPosts(file.getBytes());
		}
		if (!result.succeeded()) {
			response.setStatus(result.refused() ? 403 : 400);
			return page(model, result);
		}
		redirect.addFlashAttribute("result", result);
		return "redirect:/beheer/sociale-kaart/import";
	}

	@GetMapping("/beheer/sociale-kaart/import/voorbeeld.csv")
	ResponseEntity<byte[]> example() {
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION,
					ContentDisposition.attachment().filename("speelveld-posten-voorbeeld.csv").build().toString())
			.body(this.imports.example().getBytes(StandardCharsets.UTF_8));
	}

	private static String page(Model model, @Nullable ImportResult result) {
		if (result != null) {
			model.addAttribute("result", result);
		}
		model.addAttribute("maxMegabytes", String.valueOf(PostImport.MAX_BYTES / 1024 / 1024));
		model.addAttribute("maxRows", String.valueOf(PostImport.MAX_ROWS));
		return "socialmap/editing/import";
	}

}
