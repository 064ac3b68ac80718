// Passkeys (WebAuthn): make one on the passkeys page, or sign in with one on the sign-in page.
// The server makes the options (POST ?handler=CreationOptions / ?handler=PasskeyOptions, with the page's form token)
// and checks the answer, which this script puts in the form's CredentialJson field before submitting the form.
// The texts come from the page (AccountMessages), so they are translated with the rest.
// Without WebAuthn's JSON helpers (older browsers) the buttons stay hidden and a note says why.

const supported = typeof window.PublicKeyCredential === 'function'
  && typeof PublicKeyCredential.parseCreationOptionsFromJSON === 'function'
  && typeof PublicKeyCredential.parseRequestOptionsFromJSON === 'function';

const problem = document.getElementById('passkey-problem');

function showProblem(text) {
  if (problem) {
    problem.textContent = text;
    problem.hidden = false;
  }
}

async function options(form, handler) {
  const token = form.querySelector('input[name="__RequestVerificationToken"]').value;
  const response = await fetch(`${location.pathname}?handler=${handler}`, {
    method: 'POST',
    headers: { RequestVerificationToken: token },
    credentials: 'same-origin',
  });
  if (!response.ok) {
    throw new Error(`The server answered ${response.status}.`);
  }
  return response.json();
}

async function run(button) {
  const form = button.closest('form');
  button.disabled = true;
  if (problem) {
    problem.hidden = true;
  }
  try {
    let credential;
    if (button.dataset.passkey === 'create') {
      const json = await options(form, 'CreationOptions');
      credential = await navigator.credentials.create({ publicKey: PublicKeyCredential.parseCreationOptionsFromJSON(json) });
    } else {
      const json = await options(form, 'PasskeyOptions');
      credential = await navigator.credentials.get({ publicKey: PublicKeyCredential.parseRequestOptionsFromJSON(json) });
    }
    form.elements.CredentialJson.value = JSON.stringify(credential);
    form.submit();
  } catch (error) {
    button.disabled = false;
    showProblem(error && error.name === 'NotAllowedError' ? problem?.dataset.cancelled : problem?.dataset.failed);
  }
}

for (const button of document.querySelectorAll('[data-passkey]')) {
  if (!supported) {
    const note = document.getElementById('passkey-unsupported');
    if (note) {
      note.hidden = false;
    }
    continue;
  }
  button.hidden = false;
  button.addEventListener('click', () => run(button));
}
