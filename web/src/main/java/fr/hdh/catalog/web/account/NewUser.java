package fr.hdh.catalog.web.account;

import java.util.List;

/** The body of {@code POST /api/users}: {@code {"name": "...", "role": "producer", "organisations": ["<IRI>"]}}. */
public record NewUser(String name, String role, List<String> organisations) {}
