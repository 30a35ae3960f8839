package nl.speelveld.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

@ControllerAdvice
class PageContextAdvice {

	private final PageContexts pages;

	PageContextAdvice(PageContexts pages) {
		this.pages = pages;
	}

	@ModelAttribute("page")
	PageContext page(HttpServletRequest request) {
		return this.pages.forRequest(request);
	}

}
