/**
 * Word and PDF files in: {@link io.github.nianbao.documents.DocumentImporter} tells the kind of a file
 * from its bytes and reads it with {@link io.github.nianbao.documents.DocxReader} or
 * {@link io.github.nianbao.documents.PdfReader} into the importer's reading of tables by their labels.
 */
package io.github.nianbao.documents;
