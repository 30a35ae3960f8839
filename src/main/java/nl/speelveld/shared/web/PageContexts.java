package nl.speelveld.shared.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.MessageSource;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.support.RequestContextUtils;

/** Makes the {@link PageContext} for a request, also where model attributes are not applied (error pages). */
@Component
public class PageContexts {

	private final MessageSource messages;

	private final Visitor.Source visitors;

	PageContexts(MessageSource messages, ObjectProvider<Visitor.Source> visitors) {
		this.messages = new FixedTexts(messages);
		this.visitors = visitors.getIfAvailable(() -> request -> Visitor.ANONYMOUS);
	}

	public PageContext forRequest(HttpServletRequest request) {
		return new PageContext(this.messages, RequestContextUtils.getLocale(request), request, this.visitors);
	}

}
