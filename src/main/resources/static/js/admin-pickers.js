// Progressive enhancement for the release form's name fields: a search box that suggests names from the
// archive as you type and adds the chosen one to the field's list. Without JavaScript the list is typed by hand.
(function () {
	'use strict';
	document.querySelectorAll('.picker[data-lookup]').forEach(function (picker, index) {
		var list = picker.querySelector('textarea');
		var search = document.createElement('input');
		var suggestions = document.createElement('datalist');
		var label = document.createElement('label');
		search.type = 'search';
		search.id = list.id + '-search';
		search.autocomplete = 'off';
		search.setAttribute('list', list.id + '-suggestions');
		suggestions.id = list.id + '-suggestions';
		label.htmlFor = search.id;
		label.className = 'picker-search-label';
		label.textContent = 'Find and add';
		picker.insertBefore(suggestions, list);
		picker.insertBefore(label, list);
		picker.insertBefore(search, list);
		var timer = null;
		var known = [];
		search.addEventListener('input', function () {
			var typed = search.value.trim();
			if (known.indexOf(typed) >= 0) {
				add(typed);
				return;
			}
			clearTimeout(timer);
			if (typed.length < 2) {
				return;
			}
			timer = setTimeout(function () {
				fetch(picker.dataset.lookup + '?q=' + encodeURIComponent(typed), { headers: { 'Accept': 'application/json' } })
					.then(function (response) { return response.ok ? response.json() : []; })
					.then(function (names) {
						known = names;
						suggestions.replaceChildren.apply(suggestions, names.map(function (name) {
							var option = document.createElement('option');
							option.value = name;
							return option;
						}));
					})
					.catch(function () { known = []; });
			}, 200);
		});
		search.addEventListener('keydown', function (event) {
			if (event.key === 'Enter') {
				event.preventDefault();
				if (search.value.trim()) {
					add(search.value.trim());
				}
			}
		});
		function add(name) {
			var names = list.value.split(/\r?\n/).map(function (line) { return line.trim(); }).filter(Boolean);
			if (names.indexOf(name) < 0) {
				names.push(name);
			}
			list.value = names.join('\n');
			search.value = '';
		}
	});
})();
