package org.pressroom.admin.curation;

import java.util.Optional;

import org.pressroom.topic.Topic;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Controller;
import org.springframework.validation.Errors;
import org.springframework.web.bind.annotation.RequestMapping;

/**
 * Curation of topics.
 */
@Controller
@RequestMapping("/admin/topics")
class TopicAdminController extends CurationPages<Topic, TopicForm> {

	private final EntryCurator curator;

	private final TopicCuration topics;

	TopicAdminController(EntryCurator curator, TopicCuration topics) {
		super("topic", "topics");
		this.curator = curator;
		this.topics = topics;
	}

	@Override
	Page<Topic> search(String pattern, Pageable pageable) {
		return this.topics.search(pattern, pageable);
	}

	@Override
	Optional<Topic> find(Long id) {
		return this.topics.findById(id);
	}

	@Override
	TopicForm blankForm() {
		return TopicForm.blank();
	}

	@Override
	TopicForm formOf(Topic topic) {
		return TopicForm.of(topic);
	}

	@Override
	void check(TopicForm form, Long id, Errors errors) {
		this.curator.check(form, id, errors);
	}

	@Override
	Long create(TopicForm form) {
		return this.curator.create(form).getId();
	}

	@Override
	void update(Long id, TopicForm form) {
		this.curator.update(id, form);
	}

	@Override
	long version(Long id) {
		return this.topics.findById(id).orElseThrow().getVersion();
	}

}
