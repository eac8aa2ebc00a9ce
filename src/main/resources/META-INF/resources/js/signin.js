// Signs in with the form, without leaving the page on a wrong password; then goes where the reader was going.
const form = document.getElementById('signin-form');
const error = document.getElementById('signin-error');

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.hidden = true;
  const response = await fetch(form.action, {
    method: 'POST',
    body: new URLSearchParams(new FormData(form)),
    credentials: 'same-origin',
    redirect: 'manual',
  });
  // success answers with a redirect (opaque here); a wrong password with 401
  if (response.type === 'opaqueredirect' || response.ok) {
    location.assign(form.dataset.next || '/');
  } else {
    error.hidden = false;
    document.getElementById('j_password').select();
  }
});
