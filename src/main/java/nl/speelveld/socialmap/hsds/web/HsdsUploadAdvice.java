package nl.speelveld.socialmap.hsds.web;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import nl.speelveld.shared.web.PageContexts;
import nl.speelveld.socialmap.hsds.HsdsTransfer;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.servlet.ModelAndView;

/**
 * An upload beyond the servlet's limit fails before any controller sees it. The HSDS page is the only one
 * that takes uploads, so it says what happened, instead of an unexpected error.
 */
@ControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class HsdsUploadAdvice {

	private final PageContexts pages;

	private final HsdsTransfer transfer;

	HsdsUploadAdvice(PageContexts pages, HsdsTransfer transfer) {
		this.pages = pages;
		this.transfer = transfer;
	}

	@ExceptionHandler(MaxUploadSizeExceededException.class)
	ModelAndView tooLarge(HttpServletRequest request) {
		Map<String, Object> model = new HashMap<>();
		model.put("page", this.pages.forRequest(request));
		model.put("report", null);
		model.put("lines", List.of());
		model.put("area", "");
		model.put("problem", "hsds.admin.too-large");
		model.put("maxMegabytes", String.valueOf(this.transfer.maxBytes() / 1_000_000));
		var page = new ModelAndView("socialmap/hsds", model);
		page.setStatus(HttpStatus.PAYLOAD_TOO_LARGE);
		return page;
	}

}
