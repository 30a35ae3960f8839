package nl.speelveld.shared.web;

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
import org.springframework.web.servlet.view.AbstractUrlBasedView;

/**
 * Pages are rendered into memory first and sent in one write, with their length. Written straight to the
 * response, a page goes out in hundreds of small writes, each through the session's and security's
 * response wrappers: a quarter of the time of a list page under load. It also means that a template
 * failing halfway sends an error page instead of half a page.
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
			response.setContentLength(page.length);
			response.getOutputStream().write(page);
		}

	}

}
