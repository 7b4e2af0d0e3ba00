package org.mekonginstitute.portal.document.web;

import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.document.DocumentCategory;
import org.springframework.web.multipart.MultipartFile;

import java.io.Serializable;
import java.util.List;

/** What accompanies uploaded files: their category and, for a single file, a title (else its name). */
@Getter
@Setter
public class UploadForm implements Serializable {

    @NotNull(message = "{document.upload.category.required}")
    private DocumentCategory category;

    @Size(max = 300)
    private String title;

    /** The files themselves: never kept with the form (a refused upload is chosen again). */
    private transient List<MultipartFile> files;
}
