package nl.speelveld.routing.questions;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import nl.speelveld.accounts.Addressee;
import nl.speelveld.accounts.Addressees;
import nl.speelveld.accounts.PersonalDataHolder;
import nl.speelveld.accounts.UserId;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What the wegwijzer keeps about a person with an account: the questions left with their address (a resident
 * needs no account, so these are found by address) and the response terms they set as a coordinator.
 * Erasure withdraws the questions, which deletes their texts and the address. It runs before the account
 * itself is erased, while the address is still known.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RoutingPersonalData implements PersonalDataHolder {

	private final JdbcClient jdbc;

	private final Addressees addressees;

	private final QuestionStore store;

	private final LeavingQuestions leaving;

	RoutingPersonalData(JdbcClient jdbc, Addressees addressees, QuestionStore store, LeavingQuestions leaving) {
		this.jdbc = jdbc;
		this.addressees = addressees;
		this.store = store;
		this.leaving = leaving;
	}

	@Override
	public String section() {
		return "wegwijzer";
	}

	@Override
	public List<Map<String, Object>> export(UserId user) {
		List<Map<String, Object>> rows = new ArrayList<>();
		this.addressees.of(user).map(Addressee::email).ifPresent(email -> {
			for (Question question : this.store.byEmail(email)) {
				Map<String, Object> row = new LinkedHashMap<>();
				row.put("table", "routing_question");
				row.put("id", question.id());
				row.put("status", question.status().key());
				row.put("question", question.text());
				row.put("email", question.email());
				row.put("area_code", question.area().value());
				row.put("role_code", question.roleCode());
				row.put("created_at", question.createdAt());
				row.put("closed_at", question.closedAt());
				row.put("outcome", question.outcome() == null ? null : question.outcome().key());
				rows.add(row);
				for (Step step : this.store.steps(question.id())) {
					Map<String, Object> line = new LinkedHashMap<>();
					line.put("table", "routing_question_step");
					line.put("question_id", question.id());
					line.put("at", step.at());
					line.put("kind", step.kind().key());
					line.put("text", step.text());
					rows.add(line);
				}
			}
		});
		rows.addAll(this.jdbc.sql("""
				select 'routing_response_term' as "table", organisation_id, working_days, set_at
				from routing_response_term where set_by = ?""")
			.param(user.value())
			.query()
			.listOfRows());
		return rows;
	}

	@Override
	public void erase(UserId user) {
		this.addressees.of(user).map(Addressee::email).ifPresent(this.leaving::withdrawAllOf);
		this.jdbc.sql("update routing_response_term set set_by = null where set_by = ?").param(user.value()).update();
	}

}
