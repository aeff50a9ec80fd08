package org.pressroom.country;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.yaml.snakeyaml.Yaml;

import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;

/**
 * Fills the country table with every ISO 3166-1 country, named from the JDK's locale data, and adds the other
 * names texts use for them from {@code reference/country-aliases.yaml}. Picked up by Flyway as a Spring bean.
 */
@Component
class V2__Countries extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		try (PreparedStatement insert = connection
			.prepareStatement("insert into country (code, name, version) values (?, ?, 0)")) {
			for (String code : Locale.getISOCountries()) {
				insert.setString(1, code);
				insert.setString(2, new Locale("", code).getDisplayCountry(Locale.ENGLISH));
				insert.addBatch();
			}
			insert.executeBatch();
		}
		try (PreparedStatement find = connection.prepareStatement("select id from country where code = ?");
				PreparedStatement insert = connection
					.prepareStatement("insert into country_alias (country_id, alias) values (?, ?)")) {
			for (Map.Entry<String, List<String>> entry : aliases().entrySet()) {
				find.setString(1, entry.getKey());
				try (ResultSet row = find.executeQuery()) {
					if (!row.next()) {
						continue; // a code the JDK does not list, such as XK
					}
					long id = row.getLong(1);
					for (String alias : entry.getValue()) {
						insert.setLong(1, id);
						insert.setString(2, alias);
						insert.addBatch();
					}
				}
			}
			insert.executeBatch();
		}
	}

	private static Map<String, List<String>> aliases() {
		try (InputStream in = new ClassPathResource("reference/country-aliases.yaml").getInputStream()) {
			return new Yaml().load(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
