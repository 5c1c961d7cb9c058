import { type AddressInfo, createServer, type Server, type Socket } from "node:net";

/**
 * A test-only IMAP server over real TCP: the part of RFC 3501 / RFC 9051 an IMAP client needs to poll one
 * account (CAPABILITY, LOGIN, AUTHENTICATE PLAIN, LIST, SELECT/EXAMINE, UID SEARCH, UID FETCH, UID STORE,
 * UID MOVE, NOOP, IDLE, LOGOUT). Mail is kept in memory; tests append to it and read the flags back.
 */

export interface FakeMessage {
  uid: number;
  flags: Set<string>;
  raw: Buffer;
}

interface Folder {
  uidValidity: number;
  uidNext: number;
  messages: FakeMessage[];
}

export interface FakeImap {
  port: number;
  /** Puts a message into a folder (INBOX by default), unseen; returns its UID. */
  append(raw: string | Buffer, folder?: string): number;
  messages(folder?: string): FakeMessage[];
  /** Renumbers a folder, as a server does after rebuilding its index. */
  renumber(folder?: string): void;
  /** Every command line received, for assertions on what the client asked. */
  log: string[];
  close(): Promise<void>;
}

const CAPABILITIES = "IMAP4rev1 AUTH=PLAIN MOVE IDLE";

/** Splits an IMAP argument line into atoms, quoted strings and parenthesised lists (flattened with markers). */
function tokenize(line: string): string[] {
  const tokens: string[] = [];
  let i = 0;
  while (i < line.length) {
    const c = line[i] ?? "";
    if (c === " ") {
      i++;
    } else if (c === '"') {
      let value = "";
      i++;
      while (i < line.length && line[i] !== '"') {
        if (line[i] === "\\") i++;
        value += line[i] ?? "";
        i++;
      }
      i++;
      tokens.push(value);
    } else if (c === "(" || c === ")") {
      tokens.push(c);
      i++;
    } else {
      let atom = "";
      // Brackets belong to the atom: BODY.PEEK[] and BODY[HEADER.FIELDS (X)] keep their section.
      let depth = 0;
      while (i < line.length && (depth > 0 || (line[i] !== " " && line[i] !== ")" && line[i] !== "("))) {
        if (line[i] === "[") depth++;
        if (line[i] === "]") depth--;
        atom += line[i];
        i++;
      }
      tokens.push(atom);
    }
  }
  return tokens;
}

/** Whether `uid` is in an IMAP sequence set such as "3:*,7"; `*` is the highest UID in use. */
function inSet(set: string, uid: number, highest: number): boolean {
  return set.split(",").some((part) => {
    const [a, b] = part.split(":").map((n) => (n === "*" ? highest : Number(n)));
    if (a === undefined) return false;
    if (b === undefined) return uid === a;
    return uid >= Math.min(a, b) && uid <= Math.max(a, b);
  });
}

const quote = (s: string) => `"${s.replace(/["\\]/g, (m) => `\\${m}`)}"`;

export async function startFakeImap(account: {
  user: string;
  password: string;
  folders?: string[];
}): Promise<FakeImap> {
  const folders = new Map<string, Folder>();
  let validity = 1000;
  for (const name of ["INBOX", ...(account.folders ?? [])]) {
    folders.set(name, { uidValidity: ++validity, uidNext: 1, messages: [] });
  }
  const log: string[] = [];
  const sockets = new Set<Socket>();
  /** Sessions in IDLE (RFC 2177): told "* n EXISTS" when mail is appended to their folder. */
  const idlers = new Set<{ folder: Folder; send: (line: string) => void }>();

  function session(socket: Socket) {
    let authed = false;
    let selected: Folder | undefined;
    let buffer = Buffer.alloc(0);
    /** Set while the client owes us literal bytes or a SASL answer. */
    let pending: { tag: string; kind: "auth" } | undefined;
    let idling: { tag: string; entry: { folder: Folder; send: (line: string) => void } } | undefined;
    const send = (line: string): void => void socket.write(`${line}\r\n`);

    const untaggedFetch = (m: FakeMessage, seq: number, items: string[]) => {
      const parts: string[] = [];
      let body: Buffer | undefined;
      for (const item of items.map((x) => x.toUpperCase())) {
        if (item === "UID") parts.push(`UID ${m.uid}`);
        else if (item === "FLAGS") parts.push(`FLAGS (${[...m.flags].join(" ")})`);
        else if (item === "RFC822.SIZE") parts.push(`RFC822.SIZE ${m.raw.length}`);
        else if (item === "BODY.PEEK[]" || item === "BODY[]" || item === "RFC822") {
          body = m.raw;
          if (!item.includes("PEEK")) m.flags.add("\\Seen");
        }
      }
      if (!parts.some((p) => p.startsWith("UID "))) parts.unshift(`UID ${m.uid}`);
      const head = `* ${seq} FETCH (${parts.join(" ")}`;
      if (body)
        socket.write(Buffer.concat([Buffer.from(`${head} BODY[] {${body.length}}\r\n`), body, Buffer.from(")\r\n")]));
      else send(`${head})`);
    };

    const commands: Record<string, (tag: string, args: string[]) => void> = {
      capability: (tag) => {
        send(`* CAPABILITY ${CAPABILITIES}`);
        send(`${tag} OK CAPABILITY completed`);
      },
      noop: (tag) => send(`${tag} OK NOOP completed`),
      idle: (tag) => {
        if (!selected) return send(`${tag} NO No mailbox selected`);
        idling = { tag, entry: { folder: selected, send } };
        idlers.add(idling.entry);
        send("+ idling");
      },
      logout: (tag) => {
        send("* BYE logging out");
        send(`${tag} OK LOGOUT completed`);
        socket.end();
      },
      login: (tag, [user, password]) => {
        if (user === account.user && password === account.password) {
          authed = true;
          send(`${tag} OK [CAPABILITY ${CAPABILITIES}] LOGIN completed`);
        } else send(`${tag} NO [AUTHENTICATIONFAILED] Invalid credentials`);
      },
      authenticate: (tag, [mechanism, initial]) => {
        if (mechanism?.toUpperCase() !== "PLAIN") return send(`${tag} NO Unsupported mechanism`);
        if (initial) return plain(tag, initial);
        pending = { tag, kind: "auth" };
        send("+ ");
      },
      list: (tag, [, pattern]) => {
        for (const name of folders.keys()) {
          if (pattern === "*" || pattern === "%" || pattern === name || pattern === "") {
            if (pattern === "") send('* LIST (\\Noselect) "/" ""');
            else send(`* LIST (\\HasNoChildren) "/" ${quote(name)}`);
          }
        }
        send(`${tag} OK LIST completed`);
      },
      select: (tag, [name]) => select(tag, name, false),
      examine: (tag, [name]) => select(tag, name, true),
      search: (tag, args) => search(tag, args, false),
      fetch: (tag, args) => fetch(tag, args, false),
      store: (tag, args) => store(tag, args, false),
      close: (tag) => {
        selected = undefined;
        send(`${tag} OK CLOSE completed`);
      },
      uid: (tag, [sub, ...args]) => {
        const name = sub?.toUpperCase();
        if (name === "SEARCH") return search(tag, args, true);
        if (name === "FETCH") return fetch(tag, args, true);
        if (name === "STORE") return store(tag, args, true);
        if (name === "MOVE") return move(tag, args);
        send(`${tag} BAD Unknown UID command`);
      },
    };
    const unauthenticated = new Set(["capability", "noop", "logout", "login", "authenticate"]);

    function plain(tag: string, encoded: string) {
      const [, user, password] = Buffer.from(encoded, "base64").toString("utf8").split("\0");
      commands.login?.(tag, [user ?? "", password ?? ""]);
    }

    function select(tag: string, name: string | undefined, readOnly: boolean) {
      const folder = name === undefined ? undefined : folders.get(name.toUpperCase() === "INBOX" ? "INBOX" : name);
      if (!folder) {
        selected = undefined;
        return send(`${tag} NO [NONEXISTENT] No such mailbox`);
      }
      selected = folder;
      const unseen = folder.messages.findIndex((m) => !m.flags.has("\\Seen"));
      send("* FLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)");
      send("* OK [PERMANENTFLAGS (\\Answered \\Flagged \\Deleted \\Seen \\Draft)] Limited");
      send(`* ${folder.messages.length} EXISTS`);
      send("* 0 RECENT");
      if (unseen >= 0) send(`* OK [UNSEEN ${unseen + 1}] First unseen`);
      send(`* OK [UIDVALIDITY ${folder.uidValidity}] UIDs valid`);
      send(`* OK [UIDNEXT ${folder.uidNext}] Predicted next UID`);
      send(`${tag} OK [${readOnly ? "READ-ONLY" : "READ-WRITE"}] ${readOnly ? "EXAMINE" : "SELECT"} completed`);
    }

    /** Messages of the selected folder in a set, with their 1-based sequence numbers. */
    function matching(set: string, byUid: boolean): [FakeMessage, number][] {
      const list = selected?.messages ?? [];
      const highest = byUid ? (list.at(-1)?.uid ?? 0) : list.length;
      return list
        .map((m, i) => [m, i + 1] as [FakeMessage, number])
        .filter(([m, seq]) => inSet(set, byUid ? m.uid : seq, highest));
    }

    function search(tag: string, args: string[], byUid: boolean) {
      if (!selected) return send(`${tag} NO No mailbox selected`);
      const criteria = args.filter((a) => a !== "(" && a !== ")");
      let found = selected.messages.map((m, i) => [m, i + 1] as [FakeMessage, number]);
      for (let i = 0; i < criteria.length; i++) {
        const key = criteria[i]?.toUpperCase();
        if (key === "ALL" || key === "CHARSET") {
          if (key === "CHARSET") i++;
        } else if (key === "UNSEEN") found = found.filter(([m]) => !m.flags.has("\\Seen"));
        else if (key === "SEEN") found = found.filter(([m]) => m.flags.has("\\Seen"));
        else if (key === "UID") {
          const inRange = new Set(matching(criteria[++i] ?? "", true).map(([m]) => m));
          found = found.filter(([m]) => inRange.has(m));
        } else return send(`${tag} BAD Unsupported search key ${key}`);
      }
      const ids = found.map(([m, seq]) => (byUid ? m.uid : seq));
      send(`* SEARCH${ids.map((n) => ` ${n}`).join("")}`);
      send(`${tag} OK SEARCH completed`);
    }

    function fetch(tag: string, [set, ...items]: string[], byUid: boolean) {
      if (!selected || !set) return send(`${tag} BAD No mailbox selected or no set`);
      const wanted = items.filter((a) => a !== "(" && a !== ")");
      for (const [m, seq] of matching(set, byUid)) untaggedFetch(m, seq, wanted);
      send(`${tag} OK FETCH completed`);
    }

    function store(tag: string, [set, action, ...flagTokens]: string[], byUid: boolean) {
      if (!selected || !set || !action) return send(`${tag} BAD No mailbox selected or bad arguments`);
      const flags = flagTokens.filter((a) => a !== "(" && a !== ")");
      const op = action.toUpperCase();
      for (const [m, seq] of matching(set, byUid)) {
        if (op.startsWith("+")) for (const f of flags) m.flags.add(f);
        else if (op.startsWith("-")) for (const f of flags) m.flags.delete(f);
        else m.flags = new Set(flags);
        if (!op.endsWith(".SILENT")) send(`* ${seq} FETCH (UID ${m.uid} FLAGS (${[...m.flags].join(" ")}))`);
      }
      send(`${tag} OK STORE completed`);
    }

    function move(tag: string, [set, target]: string[]) {
      const into = target === undefined ? undefined : folders.get(target);
      if (!selected || !set || !into) return send(`${tag} NO [TRYCREATE] No such mailbox`);
      const from = selected;
      const moving = matching(set, true);
      const copied = moving.map(([m]) => {
        const uid = into.uidNext++;
        into.messages.push({ uid, flags: new Set(m.flags), raw: m.raw });
        return uid;
      });
      send(`* OK [COPYUID ${into.uidValidity} ${moving.map(([m]) => m.uid).join(",")} ${copied.join(",")}] Moved`);
      // Expunge from the highest sequence number down, as the numbers shift.
      for (const [m, seq] of [...moving].reverse()) {
        from.messages.splice(from.messages.indexOf(m), 1);
        send(`* ${seq} EXPUNGE`);
      }
      send(`${tag} OK MOVE completed`);
    }

    function handle(line: string) {
      log.push(line);
      if (idling) {
        const { tag, entry } = idling;
        idling = undefined;
        idlers.delete(entry);
        return line.toUpperCase() === "DONE" ? send(`${tag} OK IDLE terminated`) : send(`${tag} BAD Expected DONE`);
      }
      if (pending) {
        const { tag } = pending;
        pending = undefined;
        if (line === "*") return send(`${tag} BAD Authentication cancelled`);
        return plain(tag, line);
      }
      const [tag, name, ...args] = tokenize(line);
      const command = name?.toLowerCase() ?? "";
      const run = commands[command];
      if (!tag || !run) return send(`${tag ?? "*"} BAD Unknown command`);
      if (!authed && !unauthenticated.has(command)) return send(`${tag} NO Log in first`);
      run(tag, args);
    }

    /** Joins a command's line with any synchronising literals ({n}) it carries, answering "+" for each. */
    function drain() {
      for (;;) {
        const end = buffer.indexOf("\r\n");
        if (end < 0) return;
        let line = buffer.subarray(0, end).toString("utf8");
        const literal = /\{(\d+)\}$/.exec(line);
        if (literal) {
          const size = Number(literal[1]);
          if (buffer.length < end + 2 + size) {
            if (!(socket as Socket & { continued?: boolean }).continued) {
              (socket as Socket & { continued?: boolean }).continued = true;
              send("+ Ready for literal data");
            }
            return;
          }
          (socket as Socket & { continued?: boolean }).continued = false;
          const data = buffer.subarray(end + 2, end + 2 + size).toString("utf8");
          line = `${line.slice(0, literal.index)}${quote(data)}`;
          buffer = Buffer.concat([Buffer.from(line), buffer.subarray(end + 2 + size)]);
          continue;
        }
        buffer = buffer.subarray(end + 2);
        handle(line);
      }
    }

    send(`* OK [CAPABILITY ${CAPABILITIES}] Fake IMAP ready`);
    socket.on("data", (chunk: Buffer) => {
      buffer = Buffer.concat([buffer, chunk]);
      drain();
    });
    socket.on("error", () => undefined);
    socket.on("close", () => {
      if (idling) idlers.delete(idling.entry);
    });
  }

  const server: Server = createServer((socket) => {
    sockets.add(socket);
    socket.on("close", () => sockets.delete(socket));
    session(socket);
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
  const folderOf = (name = "INBOX") => {
    const folder = folders.get(name);
    if (!folder) throw new Error(`no folder ${name}`);
    return folder;
  };
  return {
    port: (server.address() as AddressInfo).port,
    append(raw, folder) {
      const box = folderOf(folder);
      const uid = box.uidNext++;
      box.messages.push({
        uid,
        flags: new Set(),
        raw: Buffer.isBuffer(raw) ? raw : Buffer.from(raw.replace(/\r?\n/g, "\r\n")),
      });
      for (const idler of idlers) if (idler.folder === box) idler.send(`* ${box.messages.length} EXISTS`);
      return uid;
    },
    messages: (folder) => folderOf(folder).messages,
    renumber(folder) {
      const box = folderOf(folder);
      box.uidValidity = ++validity;
      box.uidNext = 1;
      for (const m of box.messages) m.uid = box.uidNext++;
    },
    log,
    close() {
      for (const socket of sockets) socket.destroy();
      return new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
