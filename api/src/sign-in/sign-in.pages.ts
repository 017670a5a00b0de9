// The few pages the server itself shows during sign-in: refusals and the development provider's
// chooser. Plain HTML in the dashboard's look, styled from /auth/sign-in.css (the CSP refuses inline styles).

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };
export const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (c) => ESCAPES[c] ?? c);

export function page(title: string, body: string): string {
  return `<!DOCTYPE html>
<html lang="en-GB">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escapeHtml(title)} – VAWG Insight</title>
<link rel="stylesheet" href="/auth/sign-in.css">
</head>
<body>
<header class="header"><a href="/">VAWG Insight</a> <span>Safer Lambeth partnership</span></header>
<main id="main-content">
${body}
</main>
</body>
</html>`;
}

export const SIGN_IN_CSS = `body{margin:0;font-family:Arial,sans-serif;font-size:19px;line-height:1.4;color:#0b0c0c;background:#fff}
.header{background:#0b0c0c;color:#fff;padding:12px 30px}.header a{color:#fff;font-weight:bold;text-decoration:none;margin-right:12px}
main{max-width:700px;padding:20px 30px}h1{font-size:36px;line-height:1.1}a{color:#1d70b8}
fieldset{border:0;padding:0;margin:0 0 20px}legend{font-size:24px;font-weight:bold;margin-bottom:10px}
.option{display:block;margin:8px 0}.option input{margin-right:8px;transform:scale(1.3)}
button{background:#00703c;color:#fff;border:0;box-shadow:0 2px 0 #002d18;font-size:19px;padding:8px 12px;cursor:pointer}
button:focus,a:focus,input:focus{outline:3px solid #fd0}.warning{border-left:5px solid #d4351c;padding-left:15px}`;

/** A refusal: what happened, and what to do next, in words a person can act on. */
export function refusalPage(title: string, paragraphs: string[], next: { href: string; text: string }): string {
  return page(title, `<h1>${escapeHtml(title)}</h1>
${paragraphs.map((text) => `<p>${escapeHtml(text)}</p>`).join('\n')}
<p><a href="${escapeHtml(next.href)}">${escapeHtml(next.text)}</a></p>`);
}
