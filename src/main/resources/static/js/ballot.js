// Keeps the knapsack ballot's "left to spend" line current while the voter ticks projects. The server checks
// the ballot again; this only saves a refused try. Texts come from the page, in its language.
(function () {
	const form = document.querySelector('form.ballot');
	if (!form || form.dataset.knapsack !== 'true') {
		return;
	}
	const line = document.getElementById('budget-over');
	const budget = Number(form.dataset.budget);
	const leftText = document.getElementById('ballot-left-text').content.textContent;
	const overText = document.getElementById('ballot-over-text').content.textContent;
	const euros = new Intl.NumberFormat(document.documentElement.lang || 'nl', { maximumFractionDigits: 0 });

	function update() {
		let spent = 0;
		form.querySelectorAll('input[name="project"]:checked').forEach(box => { spent += Number(box.dataset.cost); });
		const left = budget - spent;
		const text = left >= 0 ? leftText : overText;
		line.textContent = text.replace('{left}', euros.format(Math.abs(left))).replace('{budget}', euros.format(budget));
		line.classList.toggle('ballot-left--over', left < 0);
	}

	form.addEventListener('change', update);
	update();
})();
