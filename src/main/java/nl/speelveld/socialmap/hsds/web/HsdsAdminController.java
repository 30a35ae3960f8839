package nl.speelveld.socialmap.hsds.web;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import jakarta.servlet.http.HttpServletResponse;
import nl.speelveld.areas.AreaCode;
import nl.speelveld.socialmap.hsds.HsdsImportReport;
import nl.speelveld.socialmap.hsds.HsdsTransfer;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.ModelAndView;

/**
 * The administration's exchange of the social map as Open Referral HSDS 3.0: upload a dataset to import it
 * (the page lists every problem), download everything or one gemeente. Administrators only.
 */
@Controller
class HsdsAdminController {

	private static final String PAGE = "socialmap/hsds";

	private final HsdsTransfer transfer;

	HsdsAdminController(HsdsTransfer transfer) {
		this.transfer = transfer;
	}

	@GetMapping("/beheer/sociale-kaart/hsds")
	String page(Model model) {
		this.transfer.mayTransfer();
		return show(model, null, List.of(), "", null);
	}

	@PostMapping("/beheer/sociale-kaart/hsds")
	String upload(@RequestParam(name = "bestand", required = false) @Nullable MultipartFile file, Model model,
			Locale locale, HttpServletResponse response) throws IOException {
		this.transfer.mayTransfer();
		if (file == null || file.isEmpty()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
			return show(model, null, List.of(), "", "hsds.admin.no-file");
		}
		// A file over the limit is refused without reading it: its first byte too many says enough.
		byte[] content = file.getSize() > this.transfer.maxBytes() ? new byte[(int) this.transfer.maxBytes() + 1]
				: file.getBytes();
		String name = file.getOriginalFilename() == null ? "upload.json" : file.getOriginalFilename();
		HsdsImportReport report = this.transfer.importFile(content, name);
		if (!report.imported()) {
			response.setStatus(HttpStatus.BAD_REQUEST.value());
		}
		return show(model, report, this.transfer.lines(report, locale), "", null);
	}

	/** The dataset as a download; a wrong area gives the page again with the reason. */
	@GetMapping("/beheer/sociale-kaart/hsds/export")
	@Nullable ModelAndView download(@RequestParam(name = "gebied", defaultValue = "") String area, Model model,
			HttpServletResponse response) throws IOException {
		this.transfer.mayTransfer();
		AreaCode code = null;
		if (!area.isBlank()) {
			code = AreaCode.tryParse(area).orElse(null);
			if (code == null) {
				response.setStatus(HttpStatus.BAD_REQUEST.value());
				return new ModelAndView(show(model, null, List.of(), area, "hsds.admin.bad-area"), model.asMap());
			}
		}
		String fileName = "speelveld-hsds-" + (code == null ? "nederland" : code.value()) + ".json";
		response.setContentType(MediaType.APPLICATION_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		response.setHeader("Content-Disposition", ContentDisposition.attachment().filename(fileName).build().toString());
		this.transfer.export(code == null ? null : code.value(), response.getOutputStream());
		// No view: the response is the file.
		return null;
	}

	private String show(Model model, @Nullable HsdsImportReport report, List<HsdsTransfer.Line> lines, String area,
			@Nullable String problem) {
		model.addAttribute("report", report);
		model.addAttribute("lines", lines);
		model.addAttribute("area", area);
		model.addAttribute("problem", problem);
		model.addAttribute("maxMegabytes", String.valueOf(this.transfer.maxBytes() / 1_000_000));
		return PAGE;
	}

}
