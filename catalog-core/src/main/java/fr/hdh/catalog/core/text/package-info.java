/** Repair of text from real sources (Windows-1252 leftovers, stray white space) before it enters the graph. */
package fr.hdh.catalog.core.text;
