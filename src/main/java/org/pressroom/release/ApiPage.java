package org.pressroom.release;

import java.util.List;
import java.util.function.Function;

import org.springframework.data.domain.Page;

/**
 * A page of a list in the JSON API: {@code {"items": [...], "page": 0, "size": 20, "total": 388}}.
 */
public record ApiPage<T>(List<T> items, int page, int size, long total) {

	public static <S, T> ApiPage<T> of(Page<S> page, Function<S, T> item) {
		return new ApiPage<>(page.getContent().stream().map(item).toList(), page.getNumber(), page.getSize(),
				page.getTotalElements());
	}

}
