'use client';

import { startTransition, type FormEvent } from 'react';

/**
 * onSubmit for our ManagedForms: sends the form to its action inside a
 * transition, so React does not reset the form afterwards. React's automatic
 * reset would put a corrected source text back to the stored one after a
 * refused save, and untick controlled checkboxes and radios without telling
 * their state. Fields stay as the analyst left them; forms that should empty
 * after a save remount their parts (key) or use ManagedForm's resetOnSave.
 */
export function submitKeepingFields(dispatch: (formData: FormData) => void) {
  return (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const formData = new FormData(event.currentTarget, submitter);
    startTransition(() => dispatch(formData));
  };
}
