package org.pressroom.minister;

import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.FetchType;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;

import org.pressroom.country.Country;

/**
 * An office a minister held: "Home Secretary, United Kingdom, 2019-07-24 to 2022-09-06". An open end means
 * the role is held still (or its end is not known).
 */
@Embeddable
public class MinisterRole {

	@Column(nullable = false)
	private String title;

	@ManyToOne(fetch = FetchType.LAZY)
	@JoinColumn(name = "country_id")
	private Country country;

	@Column(name = "start_date")
	private LocalDate startDate;

	@Column(name = "end_date")
	private LocalDate endDate;

	protected MinisterRole() {
	}

	public MinisterRole(String title, Country country, LocalDate startDate, LocalDate endDate) {
		this.title = title;
		this.country = country;
		this.startDate = startDate;
		this.endDate = endDate;
	}

	public String getTitle() {
		return this.title;
	}

	public Country getCountry() {
		return this.country;
	}

	public LocalDate getStartDate() {
		return this.startDate;
	}

	public LocalDate getEndDate() {
		return this.endDate;
	}

}
