// Hand-written out-of-scope templates added so the intent model learns "none of the above" more
// broadly: chit-chat with the bot, unrelated questions, nonsense and vague fragments (original
// Kefu data, Apache-2.0). Generated into intents.jsonl with `"pack":"oos-2"`.
export const EN_OOS_PACK: readonly string[] = [
  "(are you|do you feel|r u) (lonely|hungry|tired|sad|excited)[ today][?]",
  "(what's|what is) your (favourite|favorite) (food|movie|song|animal|season|number)[?]",
  "(do you|can you) (dance|cook|drive|dream|laugh|get bored)[?]",
  "(i'm|i am|im) (so |really |)(bored|sleepy|hungry|stressed)[ lol]",
  "(where do you live|what are you made of|who programmed you|what's your name)[?]",
  "(let's|lets) (chat|talk about something else|play a game)",
  "(how|why) is the sky blue[?]",
  "(when is the next (olympics|eclipse)|when was the eiffel tower built)[?]",
  "(how do i|how to) (center a div|write a for loop|install python|learn javascript|fix a merge conflict)[?]",
  "(debug|review|refactor) (my|this) (code|function|script)[ please]",
  "(what's|what is) (the population of|the tallest mountain in|the currency of) (canada|asia|india|mexico)[?]",
  "(recommend|suggest) (a book|a podcast|a tv show|a board game|a holiday spot)",
  "(how many|how much) (legs does a spider have|is a litre in cups|seconds are in a day)[?]",
  "(is it going to|will it) (rain|be sunny|be windy) (later|this afternoon|on friday)[?]",
  "(share|give me) (a fun fact|a random fact|something interesting)",
  "(write|compose) (me |)(a limerick|a haiku|a birthday message|a love letter)",
  "(who|what) (invented|discovered) (the telephone|gravity|penicillin|the internet)[?]",
  "(i like|i love|i hate) (mondays|pizza|rainy days|my cat)",
  "({nonsense}|{nonsense} {nonsense}|{nonsense} {nonsense} {nonsense})",
  "(the|a|my) {oddnoun} (is|was|keeps) (singing|dreaming|melting|whispering) (quietly|sideways|again)",
  "({filler}|{filler} {filler})[...]",
  "({filler} |)(so|and|but|like) ({filler}|yeah|anyway|i mean)[...]",
  "(it's|its|that's) (kind of|sort of|like|just) (that|this|whatever)[ you know]",
  "(and then|but then|so then) (it|he|she|they) (just|kind of)[...]",
  "(the|that|this) (whatsit|whatchamacallit|doodad|thingamajig)[ thing]",
  "(no idea|dunno|not sure|who knows|beats me)[ lol]",
  "{mash}",
  // A bare identifier answers a question; on its own it asks for nothing.
  "{order}",
  "{phone}",
  "{email}",
];

export const ZH_OOS_PACK: readonly string[] = [
  "(你|你们)(会|能)(唱歌|跳舞|做饭|做梦)(吗|不)[？]",
  "(你|你们)(喜欢|爱)(什么颜色|看什么电影|吃什么|哪个明星)[？]",
  "(我|我今天)(好累|好困|好饿|心情不好)[啊|呀]",
  "(你住在哪|你多大了|你是男的还是女的|你吃饭了吗)[？]",
  "(我们|咱们)(聊点别的|玩个游戏|随便聊聊)(吧|)",
  "(天为什么是蓝的|地球有多大|恐龙是怎么灭绝的)[？]",
  "(怎么|如何)(写一个循环|学编程|安装python|画画|钓鱼)[？]",
  "(帮我|给我)(调试|检查)(这段代码|这个函数|这个bug)",
  "(中国|日本|美国)(的首都|有多少人|最高的山)(是哪|是多少|是什么)[？]",
  "(推荐|介绍)(一本书|一部电视剧|个旅游的地方|个游戏)",
  "(后天|这周末|下午)(会不会下雨|天气好吗|冷不冷)[？]",
  "(写|作)(一首|一段)(诗|情书|生日祝福)(给我|)",
  "(谁|是谁)(发明了|发现了)(电话|电灯|青霉素)[？]",
  "(我喜欢|我讨厌)(下雨天|星期一|猫|加班)",
  "{zhnonsense}",
  "({zhfiller}|{zhfiller}{zhfiller})[……|。。。]",
  "(反正|然后)(那个|那样)(嘛|啦|呗)",
  "(不知道|谁知道|不清楚|说不好)(呢|啊|)",
  "(哎|唉|呃|额|嘿|嘻嘻)[……]",
  "{mash}",
  "{order}",
  "{phone}",
];

/** Slot fillers for the nonsense, filler and keyboard-mash templates. */
export const OOS_SLOTS: Record<string, readonly string[]> = {
  nonsense: [
    "zorp",
    "quibble",
    "splonk",
    "frindle",
    "wug",
    "mimsy",
    "borogove",
    "gleep",
    "snarfle",
    "trundle",
    "plimp",
  ],
  oddnoun: ["spoon", "cloud", "wednesday", "elephant", "lamp", "teapot", "staircase", "pickle"],
  filler: ["um", "uh", "erm", "hmm", "meh", "eh", "ugh", "well"],
  zhnonsense: [
    "(石头|月亮|椅子|西瓜)(在|正在)(跳舞|飞|哭|写作业)",
    "(蓝色的|安静的|会飞的)(星期五|大象|茶壶|楼梯)",
    "(咕噜|叮咚|哗啦|扑通)(咕噜|叮咚|哗啦|扑通)",
  ],
  zhfiller: ["呃", "额", "那个", "啥"],
  mash: [],
  email: [
    "(anna|li.wei|tom_k|j.garcia|mei|p.novak)@(mail|inbox|post).(example|test).(org|net)",
    "(wang.fang|olu|k.sato|ruth88)@(example|sample).(io|org)",
  ],
};

const KEY_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"];

/** Keyboard mashes: runs along one keyboard row, repeated short chunks, or random letters. */
export function keyboardMash(random: () => number): string {
  const kind = Math.floor(random() * 3);
  const row = KEY_ROWS[Math.floor(random() * KEY_ROWS.length)] ?? "asdf";
  const length = 4 + Math.floor(random() * 8);
  if (kind === 0) {
    const start = Math.floor(random() * (row.length - 3));
    return row.slice(start, start + length);
  }
  if (kind === 1) {
    const chunk = row.slice(0, 2 + Math.floor(random() * 3));
    return chunk.repeat(2 + Math.floor(random() * 2));
  }
  let out = "";
  for (let i = 0; i < length; i++) out += String.fromCharCode(97 + Math.floor(random() * 26));
  return out;
}
