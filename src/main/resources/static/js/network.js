// The network of an area, drawn as SVG with a small force layout. The tables on the page carry the same
// figures for screen readers; the drawing adds the shape. Nodes can be reached with Tab: a focused node
// shows its name and lights up its connections.
(function () {
	'use strict';

	var SVG = 'http://www.w3.org/2000/svg';
	var WIDTH = 800;
	var HEIGHT = 520;
	var MARGIN = 30;

	function element(name, attributes) {
		var node = document.createElementNS(SVG, name);
		Object.keys(attributes || {}).forEach(function (key) {
			node.setAttribute(key, attributes[key]);
		});
		return node;
	}

	// Fruchterman and Reingold: neighbours attract, all nodes repel, the temperature cools each round.
	// The start is a circle, not random, so that the same network is drawn the same way every time.
	function layout(nodes, edges) {
		var n = nodes.length;
		var area = WIDTH * HEIGHT;
		var k = Math.sqrt(area / Math.max(n, 1)) * 0.5;
		var x = new Float64Array(n);
		var y = new Float64Array(n);
		for (var i = 0; i < n; i++) {
			var angle = (2 * Math.PI * i) / Math.max(n, 1);
			x[i] = WIDTH / 2 + (WIDTH / 3) * Math.cos(angle);
			y[i] = HEIGHT / 2 + (HEIGHT / 3) * Math.sin(angle);
		}
		var temperature = WIDTH / 10;
		var rounds = n > 150 ? 120 : 250;
		for (var round = 0; round < rounds; round++) {
			var dx = new Float64Array(n);
			var dy = new Float64Array(n);
			for (var a = 0; a < n; a++) {
				for (var b = a + 1; b < n; b++) {
					var ex = x[a] - x[b];
					var ey = y[a] - y[b];
					var d2 = ex * ex + ey * ey || 0.01;
					var push = (k * k) / d2;
					dx[a] += ex * push; dy[a] += ey * push;
					dx[b] -= ex * push; dy[b] -= ey * push;
				}
			}
			edges.forEach(function (edge) {
				var s = edge[0], t = edge[1];
				var fx = x[s] - x[t];
				var fy = y[s] - y[t];
				var d = Math.sqrt(fx * fx + fy * fy) || 0.01;
				var pull = d / k;
				dx[s] -= fx * pull; dy[s] -= fy * pull;
				dx[t] += fx * pull; dy[t] += fy * pull;
			});
			for (var v = 0; v < n; v++) {
				// a pull to the middle keeps separate clusters near each other
				dx[v] += (WIDTH / 2 - x[v]) * 0.15;
				dy[v] += (HEIGHT / 2 - y[v]) * 0.15;
				var length = Math.sqrt(dx[v] * dx[v] + dy[v] * dy[v]) || 0.01;
				var step = Math.min(length, temperature);
				x[v] += (dx[v] / length) * step;
				y[v] += (dy[v] / length) * step;
			}
			temperature *= 0.97;
		}
		fit(x, WIDTH);
		fit(y, HEIGHT);
		return { x: x, y: y };
	}

	// Scales the coordinates into the canvas, leaving room at the edges for labels.
	function fit(values, size) {
		var low = Infinity, high = -Infinity;
		values.forEach(function (value) {
			low = Math.min(low, value);
			high = Math.max(high, value);
		});
		var span = high - low;
		for (var i = 0; i < values.length; i++) {
			values[i] = span < 1 ? size / 2 : MARGIN + ((values[i] - low) / span) * (size - 2 * MARGIN);
		}
	}

	function draw(container) {
		var data;
		try {
			data = JSON.parse(container.getAttribute('data-graph'));
		} catch (notJson) {
			return;
		}
		var nodes = data.nodes;
		var edges = data.edges;
		var position = layout(nodes, edges);
		var neighbours = nodes.map(function () { return []; });
		edges.forEach(function (edge) {
			neighbours[edge[0]].push(edge[1]);
			neighbours[edge[1]].push(edge[0]);
		});
		var svg = element('svg', {
			viewBox: '0 0 ' + WIDTH + ' ' + HEIGHT,
			role: 'group',
			'aria-label': container.getAttribute('data-label'),
			'aria-describedby': 'network-graph-hint',
			class: 'network-graph__svg'
		});
		var lines = edges.map(function (edge) {
			var line = element('line', {
				x1: position.x[edge[0]], y1: position.y[edge[0]],
				x2: position.x[edge[1]], y2: position.y[edge[1]],
				class: 'network-edge'
			});
			svg.appendChild(line);
			return line;
		});
		var showAll = nodes.length <= 40;
		var groups = nodes.map(function (node, index) {
			var kind = container.getAttribute('data-kind-' + node.kind) || node.kind;
			var links = neighbours[index].length + ' ' + (container.getAttribute('data-links') || '');
			var group = element('g', {
				class: 'network-node network-node--' + node.kind + (showAll ? ' network-node--labelled' : ''),
				tabindex: '0',
				role: 'img',
				'aria-label': node.label + ', ' + kind + ', ' + links,
				transform: 'translate(' + position.x[index].toFixed(1) + ' ' + position.y[index].toFixed(1) + ')'
			});
			var radius = 6 + Math.round(Math.sqrt(node.b) * 14);
			var shape = node.kind === 'group'
				? element('rect', { x: -radius, y: -radius, width: 2 * radius, height: 2 * radius, rx: 3 })
				: node.kind === 'post'
					? element('polygon', { points: '0,' + (-radius - 2) + ' ' + (radius + 2) + ',' + (radius) + ' ' + (-radius - 2) + ',' + radius })
					: element('circle', { r: radius });
			group.appendChild(shape);
			var title = element('title');
			title.textContent = node.label + ' (' + kind + ')';
			group.appendChild(title);
			// labels on the right half point left, so that none runs off the canvas
			var right = position.x[index] > WIDTH / 2;
			var label = element('text', {
				x: right ? -radius - 4 : radius + 4,
				y: 4,
				'text-anchor': right ? 'end' : 'start',
				class: 'network-label'
			});
			label.textContent = node.label;
			group.appendChild(label);
			svg.appendChild(group);
			return group;
		});
		function highlight(index, on) {
			groups[index].classList.toggle('network-node--active', on);
			neighbours[index].forEach(function (other) {
				groups[other].classList.toggle('network-node--near', on);
			});
			edges.forEach(function (edge, e) {
				if (edge[0] === index || edge[1] === index) {
					lines[e].classList.toggle('network-edge--active', on);
				}
			});
		}
		groups.forEach(function (group, index) {
			group.addEventListener('focus', function () { highlight(index, true); });
			group.addEventListener('blur', function () { highlight(index, false); });
			group.addEventListener('mouseenter', function () { highlight(index, true); });
			group.addEventListener('mouseleave', function () { highlight(index, false); });
		});
		container.appendChild(svg);
	}

	document.addEventListener('DOMContentLoaded', function () {
		var container = document.getElementById('network-graph');
		if (container) {
			draw(container);
		}
	});
})();
