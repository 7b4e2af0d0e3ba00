package org.mekonginstitute.portal.organisation.web;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.organisation.ContactDetails;
import org.mekonginstitute.portal.organisation.ContactPerson;
import org.mekonginstitute.portal.shared.EmailAddress;
import org.mekonginstitute.portal.shared.PhoneNumber;
import org.springframework.beans.BeanUtils;

/** A contact person as typed in the form. */
@Getter
@Setter
public class ContactForm implements java.io.Serializable {

    @NotBlank(message = "{organisation.contact.name.required}")
    @Size(max = 200)
    private String name;

    @Size(max = 200)
    private String position;

    @Size(max = 254)
    @EmailAddress
    private String email;

    @Size(max = 50)
    @PhoneNumber
    private String phone;

    private long version;

    /** What was typed, as the details the contact person takes. */
    ContactDetails toDetails() {
        return new ContactDetails(name, position, email, phone, version);
    }

    static ContactForm of(ContactPerson contact) {
        ContactForm form = new ContactForm();
        BeanUtils.copyProperties(contact, form);
        return form;
    }
}
