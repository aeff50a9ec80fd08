package org.pressroom.release;

import org.pressroom.NotFoundException;
import org.springframework.data.domain.Pageable;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The read-only JSON API of releases.
 */
@RestController
class ReleaseApiController {

	private final ReleaseService releases;

	ReleaseApiController(ReleaseService releases) {
		this.releases = releases;
	}

	@GetMapping("/api/releases")
	ApiPage<ReleaseJson.Item> list(Pageable pageable) {
		return ApiPage.of(this.releases.latest(pageable), ReleaseJson.Item::of);
	}

	@GetMapping("/api/releases/{slug}")
	ReleaseJson show(@PathVariable String slug) {
		return this.releases.find(slug).map(ReleaseJson::of).orElseThrow(() -> new NotFoundException("release", slug));
	}

}
