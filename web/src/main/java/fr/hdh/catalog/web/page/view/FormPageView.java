package fr.hdh.catalog.web.page.view;

/**
 * The pages of the producers' forms ({@code fr.hdh.catalog.web.form}): their views live with the forms, and
 * are rendered like every other page, by their template inside the shared layout.
 */
public non-sealed interface FormPageView extends PageView {}
