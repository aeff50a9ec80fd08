package org.pressroom.admin.curation;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

import org.pressroom.topic.Topic;

/**
 * The topic form: its name.
 */
record TopicForm(@NotBlank @Size(max = 200) String name, @Pattern(regexp = "\\d{0,18}") String version)
		implements CurationForm<TopicForm> {

	static TopicForm blank() {
		return new TopicForm("", "");
	}

	static TopicForm of(Topic topic) {
		return new TopicForm(topic.getName(), String.valueOf(topic.getVersion()));
	}

	@Override
	public TopicForm withVersion(long newVersion) {
		return new TopicForm(this.name, String.valueOf(newVersion));
	}

}
