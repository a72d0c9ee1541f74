// Entry of /embed.js: finds its script tag, inserts a container after it and renders the widget in a shadow root.
import { render } from 'preact';
import { App } from './App';
import type { EmbedConfig } from './context';
import { embedConfig } from './embedConfig';
import { themeOf } from './dark';
import { css } from './styles';
import { charchaApi } from './sso';

function configFrom(script: HTMLScriptElement): EmbedConfig {
  const canonical = document.querySelector<HTMLLinkElement>('link[rel=canonical]')?.href;
  return embedConfig(script.dataset, script.src, { href: location.href, canonical, title: document.title, language: navigator.language });
}

function mount(script: HTMLScriptElement) {
  script.dataset.charchaMounted = '1';
  const host = document.createElement('div');
  host.className = 'charcha-embed';
  const theme = themeOf(script.dataset.charchaTheme);
  if (theme) host.dataset.theme = theme;
  script.after(host);
  const root = host.attachShadow({ mode: 'open' });
  const style = document.createElement('style');
  style.textContent = css;
  root.append(style);
  const el = document.createElement('div');
  root.append(el);
  render(<App cfg={configFrom(script)} />, el);
}

// window.Charcha (login, logout, onLoginRequest) exists as soon as the embed has run, before any widget mounts.
charchaApi();

// currentScript is set for async classic scripts; the query catches loaders that inject the tag differently.
const current = document.currentScript as HTMLScriptElement | null;
const scripts = current
  ? [current]
  : Array.from(document.querySelectorAll<HTMLScriptElement>('script[data-charcha-story-url],script[src$="/embed.js"]'));
for (const s of scripts) if (s && !s.dataset.charchaMounted) mount(s);
