package nl.speelveld.shared.web;

import java.util.Locale;
import java.util.Map;

import gg.jte.TemplateEngine;
import gg.jte.output.Utf8ByteOutput;
import gg.jte.springframework.boot.autoconfigure.JteProperties;
import gg.jte.springframework.boot.autoconfigure.JteView;
import gg.jte.springframework.boot.autoconfigure.JteViewResolver;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpStatus;
import org.springframework.web.servlet.View;
import org.springframework.web.servlet.view.AbstractUrlBasedView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Pages are rendered into memory first and sent in one write. Written straight to the response, a page goes
 * out in hundreds of small writes, each through the session's and security's response wrappers: a quarter of
 * the time of a list page under load. It also means that a template failing halfway sends an error page
 * instead of half a page.
 *
 * <p>Neither a page nor a redirect commits the response before the request is done. The session's filter
 * saves the session when the response commits and again when the request ends, and after the first save it
 * has forgotten the session it read, so an early commit read the session from the database a second time:
 * three queries more for each of a voter's requests. Tomcat gives the page its length when it sends it.
 */
@Configuration(proxyBeanMethods = false)
class TemplateRendering {

	@Bean
	JteViewResolver jteViewResolver(TemplateEngine engine, JteProperties properties) {
		return new BufferedViewResolver(engine, properties);
	}

	static class BufferedViewResolver extends JteViewResolver {

		private final TemplateEngine engine;

		BufferedViewResolver(TemplateEngine engine, JteProperties properties) {
			super(engine, properties);
			this.engine = engine;
		}

		@Override
		protected AbstractUrlBasedView instantiateView() {
			return new BufferedView(this.engine);
		}

		/** A redirect as its status and Location header, where {@code sendRedirect} would commit the response. */
		@Override
		protected View createView(String viewName, Locale locale) throws Exception {
			View view = super.createView(viewName, locale);
			if (view instanceof RedirectView redirect) {
				redirect.setHttp10Compatible(false);
				redirect.setStatusCode(HttpStatus.FOUND);
			}
			return view;
		}

	}

	static class BufferedView extends JteView {

		private final TemplateEngine engine;

		BufferedView(TemplateEngine engine) {
			super(engine);
			this.engine = engine;
		}

		@Override
		protected void renderMergedTemplateModel(Map<String, Object> model, HttpServletRequest request,
				HttpServletResponse response) throws Exception {
			Utf8ByteOutput output = new Utf8ByteOutput();
			this.engine.render(getUrl(), model, output);
			byte[] page = output.toByteArray();
			response.setCharacterEncoding("UTF-8");
			// room for the whole page, so that writing it neither fills the buffer nor reaches a stated length
			response.setBufferSize(page.length + 1);
			response.getOutputStream().write(page);
		}

	}

}
