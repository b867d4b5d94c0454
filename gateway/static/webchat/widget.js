/*
 * omnichat web-chat widget: no dependencies, no CDN, pt-BR.
 *
 * Embed: <script src="https://GATEWAY/webchat/widget.js" data-tenant="SLUG" defer></script>
 * Optional attributes: data-title, data-open="true" (start open), data-session-token (a token your
 * server got from POST /api/v1/webchat/identified-sessions for a logged-in customer).
 * Protocol and security model: docs/channels-webchat.md.
 */
(function () {
  "use strict";

  var script = document.currentScript;
  if (!script) return;
  var scriptUrl = new URL(script.src, window.location.href);
  var gateway = scriptUrl.origin;
  var tenant = script.dataset.tenant || new URLSearchParams(window.location.search).get("tenant");
  if (!tenant) {
    console.error("omnichat widget: data-tenant is missing");
    return;
  }
  var identifiedToken = script.dataset.sessionToken || null;
  var storageKey = "omnichat-webchat:" + tenant;
  var ROLE_LABEL = { customer: "Você", assistant: "Assistente", agent: "Atendente" };
  var RECONNECT_MAX_MS = 15000;

  var ui = buildUi(script.dataset.title || "Atendimento");
  var ws = null;
  var ready = false;
  var queue = [];
  var seen = new Set();
  var unread = 0;
  var retryMs = 1000;
  var stopped = false;
  var historyShown = false;
  var connecting = false; // one session request and socket at a time

  function el(tag, attrs, text) {
    var node = document.createElement(tag);
    Object.keys(attrs || {}).forEach(function (name) {
      node.setAttribute(name, attrs[name]);
    });
    if (text !== undefined) node.textContent = text;
    return node;
  }

  function buildUi(title) {
    var css = el("link", { rel: "stylesheet", href: new URL("widget.css", scriptUrl).href });
    document.head.appendChild(css);
    var root = el("div", { class: "ocw-root", lang: "pt-BR" });
    var launcher = el("button", {
      type: "button",
      class: "ocw-launcher",
      "aria-expanded": "false",
      "aria-controls": "ocw-panel",
    });
    launcher.appendChild(el("span", {}, "Fale conosco"));
    var badge = el("span", { class: "ocw-badge", hidden: "" });
    launcher.appendChild(badge);

    var panel = el("section", {
      id: "ocw-panel",
      class: "ocw-panel",
      role: "dialog",
      "aria-labelledby": "ocw-title",
      hidden: "",
    });
    var header = el("header", { class: "ocw-header" });
    header.appendChild(el("h2", { id: "ocw-title" }, title));
    var close = el("button", { type: "button", class: "ocw-close", "aria-label": "Fechar chat" }, "×");
    header.appendChild(close);
    var log = el("ol", {
      class: "ocw-log",
      role: "log",
      "aria-live": "polite",
      "aria-label": "Mensagens da conversa",
    });
    var status = el("p", { class: "ocw-status", role: "status", "aria-live": "polite" });
    var form = el("form", { class: "ocw-form", novalidate: "" });
    form.appendChild(el("label", { for: "ocw-contact" }, "Seu e-mail ou telefone (opcional)"));
    var contact = el("input", {
      id: "ocw-contact",
      name: "contact",
      type: "text",
      autocomplete: "email",
      maxlength: "254",
    });
    form.appendChild(contact);
    form.appendChild(el("label", { for: "ocw-text" }, "Mensagem"));
    var text = el("textarea", {
      id: "ocw-text",
      name: "text",
      rows: "2",
      maxlength: "5000",
      "aria-describedby": "ocw-hint",
    });
    form.appendChild(text);
    form.appendChild(el("p", { id: "ocw-hint", class: "ocw-hint" }, "Enter envia; Shift+Enter quebra a linha."));
    form.appendChild(el("button", { type: "submit", class: "ocw-send" }, "Enviar"));

    panel.appendChild(header);
    panel.appendChild(log);
    panel.appendChild(status);
    panel.appendChild(form);
    root.appendChild(panel);
    root.appendChild(launcher);
    document.body.appendChild(root);
    return {
      launcher: launcher, badge: badge, panel: panel, close: close, log: log,
      status: status, form: form, contact: contact, text: text,
    };
  }

  function setStatus(message) {
    ui.status.textContent = message || "";
  }

  function isOpen() {
    return !ui.panel.hasAttribute("hidden");
  }

  function open() {
    ui.panel.removeAttribute("hidden");
    ui.launcher.setAttribute("aria-expanded", "true");
    unread = 0;
    ui.badge.setAttribute("hidden", "");
    ui.text.focus();
    connect();
  }

  function close() {
    ui.panel.setAttribute("hidden", "");
    ui.launcher.setAttribute("aria-expanded", "false");
    ui.launcher.focus();
  }

  function bumpUnread() {
    if (isOpen()) return;
    unread += 1;
    ui.badge.textContent = String(unread);
    ui.badge.setAttribute("aria-label", unread + " mensagens novas");
    ui.badge.removeAttribute("hidden");
  }

  function render(item, quiet) {
    if (item.message_id) {
      if (seen.has(item.message_id)) return;
      seen.add(item.message_id);
    }
    var li;
    if (item.type === "notice") {
      li = el("li", { class: "ocw-notice" }, item.text);
    } else {
      li = el("li", { class: "ocw-msg ocw-" + item.role });
      li.appendChild(el("span", { class: "ocw-author" }, (ROLE_LABEL[item.role] || "") + ":"));
      li.appendChild(el("p", { class: "ocw-text" }, item.text));
      if (item.kind === "csat_survey") li.appendChild(csatButtons());
    }
    ui.log.appendChild(li);
    ui.log.scrollTop = ui.log.scrollHeight;
    if (item.role !== "customer" && !quiet) bumpUnread();
  }

  function csatButtons() {
    var group = el("div", { class: "ocw-csat", role: "group", "aria-label": "Avalie o atendimento de 1 a 5" });
    [1, 2, 3, 4, 5].forEach(function (score) {
      var button = el("button", { type: "button", "aria-label": "Nota " + score + " de 5" }, String(score));
      button.addEventListener("click", function () {
        send(String(score));
        group.querySelectorAll("button").forEach(function (b) { b.disabled = true; });
      });
      group.appendChild(button);
    });
    return group;
  }

  function stored() {
    try {
      return JSON.parse(window.localStorage.getItem(storageKey) || "null");
    } catch (e) {
      return null;
    }
  }

  function store(value) {
    try {
      window.localStorage.setItem(storageKey, JSON.stringify(value));
    } catch (e) {
      /* private mode: the session simply does not survive a reload */
    }
  }

  async function newSession() {
    if (identifiedToken) return { token: identifiedToken, websocket_path: "/api/v1/webchat/ws" };
    var previous = stored();
    var response = await fetch(gateway + "/api/v1/webchat/" + encodeURIComponent(tenant) + "/sessions", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify({ resume_token: previous ? previous.token : null }),
    });
    if (!response.ok) throw new Error("session refused: HTTP " + response.status);
    var session = await response.json();
    store({ token: session.token, session_id: session.session_id, contact: ui.contact.value });
    return session;
  }

  async function connect() {
    if (ws || connecting || stopped) return;
    connecting = true;
    setStatus("Conectando…");
    var session;
    try {
      session = await newSession();
    } catch (error) {
      setStatus("Não foi possível iniciar o chat. Tentando de novo…");
      scheduleReconnect();
      return;
    } finally {
      connecting = false;
    }
    ws = new WebSocket(gateway.replace(/^http/, "ws") + session.websocket_path);
    ws.onopen = function () {
      ws.send(JSON.stringify({ type: "auth", token: session.token }));
    };
    ws.onmessage = function (event) {
      onFrame(JSON.parse(event.data));
    };
    ws.onclose = function (event) {
      ws = null;
      ready = false;
      if (event.code === 4403 || (event.code === 4401 && identifiedToken)) {
        stopped = true;
        setStatus("O chat não está disponível nesta página.");
        return;
      }
      setStatus("Conexão perdida. Reconectando…");
      scheduleReconnect();
    };
  }

  function scheduleReconnect() {
    window.setTimeout(connect, retryMs);
    retryMs = Math.min(retryMs * 2, RECONNECT_MAX_MS);
  }

  function onFrame(frame) {
    if (frame.type === "ready") {
      ready = true;
      retryMs = 1000;
      setStatus("");
      // After a reconnect this page already shows the customer's own lines (sent optimistically,
      // without ids); only what others wrote meanwhile is added.
      (frame.history || []).forEach(function (item) {
        if (historyShown && item.role === "customer") return;
        render(Object.assign({ type: "message" }, item), true);
      });
      historyShown = true;
      queue.splice(0).forEach(function (payload) { ws.send(payload); });
    } else if (frame.type === "message" || frame.type === "notice") {
      if (frame.role !== "customer") setStatus("");
      render(frame);
    } else if (frame.type === "error") {
      setStatus(frame.detail);
    }
  }

  function send(text) {
    var contact = ui.contact.value.trim();
    var payload = JSON.stringify({ type: "message", text: text, contact: contact || null });
    render({ type: "message", role: "customer", text: text });
    setStatus("Assistente digitando…");
    if (ready && ws) ws.send(payload);
    else {
      queue.push(payload);
      connect();
    }
  }

  ui.form.addEventListener("submit", function (event) {
    event.preventDefault();
    var text = ui.text.value.trim();
    if (!text) {
      setStatus("Escreva uma mensagem antes de enviar.");
      ui.text.focus();
      return;
    }
    send(text);
    ui.text.value = "";
    ui.text.focus();
  });
  ui.text.addEventListener("keydown", function (event) {
    if (event.key === "Enter" && !event.shiftKey) {
      event.preventDefault();
      ui.form.requestSubmit();
    }
  });
  ui.panel.addEventListener("keydown", function (event) {
    if (event.key === "Escape") close();
  });
  ui.launcher.addEventListener("click", function () {
    if (isOpen()) close();
    else open();
  });
  ui.close.addEventListener("click", close);

  var previous = stored();
  if (previous && previous.contact) ui.contact.value = previous.contact;
  if (script.dataset.open === "true") open();
  else if (previous || identifiedToken) connect(); // a returning visitor gets agent replies live
})();
