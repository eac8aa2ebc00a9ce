// Opening a room: POST /api/rooms with the chosen quiz and settings, keep the host token, open the big screen.
const form = document.getElementById('open-room');
const error = document.getElementById('open-error');

form.addEventListener('submit', async (e) => {
  e.preventDefault();
  error.hidden = true;
  const data = new FormData(form);
  const number = (name) => (data.get(name) === '' || data.get(name) == null ? null : Number(data.get(name)));
  const body = {
    quizId: data.get('quizId'),
    settings: {
      scoring: data.get('scoring'),
      points: number('points'),
      timeLimitSeconds: number('timeLimitSeconds'),
      standingsEvery: number('standingsEvery'),
      streakBonus: data.get('streakBonus') === 'on',
      shuffleQuestions: data.get('shuffleQuestions') === 'on',
      teams: String(data.get('teams') || '')
        .split(/[,，]/)
        .map((name) => name.trim())
        .filter(Boolean),
    },
  };
  const response = await fetch('/api/rooms', {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    credentials: 'same-origin',
    body: JSON.stringify(body),
  });
  const result = await response.json().catch(() => ({}));
  if (response.status !== 201) {
    const details = (result.errors || []).map((v) => `${v.field}: ${v.message}`).join('; ');
    error.textContent = [result.detail || response.statusText, details].filter(Boolean).join(' — ');
    error.hidden = false;
    return;
  }
  // the host token proves this browser opened the room; the big screen sends it in hello
  localStorage.setItem(`quiz-arena.host.${result.pin}`, result.hostToken);
  location.assign(`/host/room/${result.pin}`);
});
