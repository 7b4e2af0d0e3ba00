package org.mekonginstitute.portal.user.password;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import lombok.Getter;
import lombok.Setter;

/** A user changing their own password: the current one first, then the new one twice. */
@Getter
@Setter
public class ChangePasswordForm extends SetPasswordForm {

    @NotBlank(message = "{user.password.current.required}")
    @Size(max = 1000, message = "{user.password.current.wrong}")
    private String currentPassword;

    @Override
    void forget() {
        super.forget();
        currentPassword = null;
    }
}
