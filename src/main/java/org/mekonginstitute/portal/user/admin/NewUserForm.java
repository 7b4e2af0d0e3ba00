package org.mekonginstitute.portal.user.admin;

import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;
import org.mekonginstitute.portal.user.Role;

/** What an administrator types to create an account; its user chooses the password through a link. */
@Getter
@Setter
public class NewUserForm implements java.io.Serializable {

    @NotBlank(message = "{user.form.email.required}")
    @Email(message = "{user.form.email.invalid}")
    @Size(max = 254)
    private String email;

    @NotBlank(message = "{user.form.displayName.required}")
    @Size(max = 200)
    private String displayName;

    private Long departmentId;

    @NotNull(message = "{user.form.role.required}")
    private Role role = Role.STAFF;

    /** Spaces around an email are a slip of the keyboard, not part of it. */
    public void setEmail(String email) {
        this.email = email == null ? null : email.strip();
    }
}
