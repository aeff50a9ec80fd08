// Progressive enhancement for name fields on the admin forms: suggestions from the archive as you type.
// A list field (textarea, one name a line) gets a search box whose chosen name is added to the list; a single
// name field (input) gets the suggestions itself. Without JavaScript the names are typed by hand.
(function () {
	'use strict';

	function suggester(input, url, datalist, onKnown) {
		var timer = null;
		var known = [];
		input.setAttribute('list', datalist.id);
		input.autocomplete = 'off';
		input.addEventListener('input', function () {
			var typed = input.value.trim();
			if (onKnown && known.indexOf(typed) >= 0) {
				onKnown(typed);
				return;
			}
			clearTimeout(timer);
			if (typed.length < 2) {
				return;
			}
			timer = setTimeout(function () {
				fetch(url + '?q=' + encodeURIComponent(typed), { headers: { 'Accept': 'application/json' } })
					.then(function (response) { return response.ok ? response.json() : []; })
					.then(function (names) {
						known = names;
						datalist.replaceChildren.apply(datalist, names.map(function (name) {
							var option = document.createElement('option');
							option.value = name;
							return option;
						}));
					})
					.catch(function () { known = []; });
			}, 200);
		});
	}

	document.querySelectorAll('.picker[data-lookup]').forEach(function (picker) {
		var field = picker.querySelector('textarea, input');
		var datalist = document.createElement('datalist');
		datalist.id = field.id + '-suggestions';
		picker.appendChild(datalist);
		if (field.tagName === 'INPUT') {
			suggester(field, picker.dataset.lookup, datalist, null);
			return;
		}
		var search = document.createElement('input');
		var label = document.createElement('label');
		search.type = 'search';
		search.id = field.id + '-search';
		label.htmlFor = search.id;
		label.className = 'picker-search-label';
		label.textContent = 'Find and add';
		picker.insertBefore(label, field);
		picker.insertBefore(search, field);
		function add(name) {
			var names = field.value.split(/\r?\n/).map(function (line) { return line.trim(); }).filter(Boolean);
			if (names.indexOf(name) < 0) {
				names.push(name);
			}
			field.value = names.join('\n');
			search.value = '';
		}
		suggester(search, picker.dataset.lookup, datalist, add);
		search.addEventListener('keydown', function (event) {
			if (event.key === 'Enter') {
				event.preventDefault();
				if (search.value.trim()) {
					add(search.value.trim());
				}
			}
		});
	});
})();
