package nl.speelveld.socialmap.hsds;

import java.util.List;

import tools.jackson.databind.node.ObjectNode;

/** One page of an HSDS list, numbered from 1 as the HSDS API does. */
public record HsdsPage(long totalItems, int pageNumber, int perPage, List<ObjectNode> contents) {

	public ObjectNode json() {
		long totalPages = (this.totalItems + this.perPage - 1) / this.perPage;
		ObjectNode page = HsdsJson.NODES.objectNode();
		page.put("total_items", this.totalItems);
		page.put("total_pages", totalPages);
		page.put("page_number", this.pageNumber);
		page.put("size", this.contents.size());
		page.put("first_page", this.pageNumber == 1);
		page.put("last_page", this.pageNumber >= totalPages);
		page.put("empty", this.contents.isEmpty());
		page.set("contents", HsdsJson.array(this.contents));
		return page;
	}

}
