package org.pressroom.admin.curation;

import jakarta.validation.Valid;

import org.pressroom.topic.Topic;
import org.springframework.data.domain.PageRequest;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Curation of topics.
 */
@Controller
@RequestMapping("/admin/topics")
class TopicAdminController {

	private static final String FORM = "admin/topics/form";

	private final EntryCurator curator;

	private final TopicCuration topics;

	TopicAdminController(EntryCurator curator, TopicCuration topics) {
		this.curator = curator;
		this.topics = topics;
	}

	@GetMapping
	String list(@RequestParam(required = false) String q, @RequestParam(defaultValue = "0") int page, Model model) {
		model.addAttribute("q", q);
		model.addAttribute("topics", this.topics.search(Patterns.contains(q), PageRequest.of(Math.max(page, 0), 50)));
		return "admin/topics/list";
	}

	@GetMapping("/new")
	String create(Model model) {
		model.addAttribute("form", TopicForm.blank());
		return FORM;
	}

	@PostMapping
	String save(@Valid @ModelAttribute("form") TopicForm form, BindingResult result, RedirectAttributes redirect) {
		this.curator.check(form, null, result);
		if (result.hasErrors()) {
			return FORM;
		}
		Topic topic = this.curator.create(form);
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/topics/" + topic.getId() + "/edit";
	}

	@GetMapping("/{id}/edit")
	String edit(@PathVariable Long id, Model model) {
		Topic topic = this.topics.findById(id).orElseThrow(NotFoundException::new);
		model.addAttribute("topic", topic);
		model.addAttribute("form", TopicForm.of(topic));
		return FORM;
	}

	@PostMapping("/{id}")
	String update(@PathVariable Long id, @Valid @ModelAttribute("form") TopicForm form, BindingResult result,
			Model model, RedirectAttributes redirect) {
		model.addAttribute("topic", this.topics.findById(id).orElseThrow(NotFoundException::new));
		this.curator.check(form, id, result);
		if (result.hasErrors()) {
			return FORM;
		}
		try {
			this.curator.update(id, form);
		}
		catch (ChangedMeanwhileException ex) {
			model.addAttribute("form", form.withVersion(ex.currentVersion()));
			model.addAttribute("conflict", true);
			return FORM;
		}
		catch (ObjectOptimisticLockingFailureException ex) {
			model.addAttribute("form", form.withVersion(this.topics.findById(id).orElseThrow().getVersion()));
			model.addAttribute("conflict", true);
			return FORM;
		}
		redirect.addFlashAttribute("message", "curation.saved");
		return "redirect:/admin/topics/" + id + "/edit";
	}

}
