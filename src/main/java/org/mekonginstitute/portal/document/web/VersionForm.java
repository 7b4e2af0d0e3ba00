package org.mekonginstitute.portal.document.web;

import lombok.Getter;
import lombok.Setter;
import org.springframework.web.multipart.MultipartFile;

import java.io.Serializable;

/** A new version of a document: just the file, never kept with the form. */
@Getter
@Setter
public class VersionForm implements Serializable {

    private transient MultipartFile file;
}
