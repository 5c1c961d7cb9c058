/**
 * Held-out out-of-scope messages written for the evaluation only: never in resources/nlu, never
 * trained on. Each kind has its own list so a regression can be traced to it.
 */
export const OUT_OF_SCOPE_MESSAGES: Record<"en" | "zh", Record<string, readonly string[]>> = {
  en: {
    chitchat: [
      "do you have a favourite colour",
      "are you happy today",
      "what did you have for breakfast",
      "i'm so bored right now",
      "do you ever sleep",
      "what's your star sign",
      "sing me something",
      "who made you",
    ],
    unrelated: [
      "will it snow in Berlin this weekend",
      "say something funny",
      "how do I reverse a linked list in python",
      "what year did the second world war end",
      "who is the president of brazil",
      "how many calories are in a banana",
      "fix this sql query for me",
      "what's a good name for a goldfish",
      "explain quantum computing simply",
      "how far away is the moon",
      "give me a riddle",
      "is pluto a planet",
    ],
    gibberish: [
      "flarb zonk wibble",
      "blorp gax mintu",
      "snerg plovitz",
      "the purple idea sleeps loudly",
      "bananas philosophy triangle",
      "glibber on the floopnot",
    ],
    mash: [
      "asdfghjkl",
      "jkjkjkjk",
      "qwertyuiop",
      "zxcvbnm,./",
      "sdkfjhsdkfjh",
      "hjkl;hjkl",
      "aaaaaaaaa",
      "ghfjdkslaeiru",
    ],
    vague: [
      "umm the thing with the stuff",
      "so yeah about that",
      "it's about the thing",
      "you know what i mean",
      "hmm well",
      "and then it just",
      "that one from before maybe",
      "idk",
      "whatever",
      "so basically um",
    ],
  },
  zh: {
    chitchat: [
      "你喜欢吃火锅吗",
      "你今天心情好吗",
      "你会不会累啊",
      "我好无聊啊",
      "你是谁做出来的",
      "你有男朋友吗",
      "陪我聊聊天",
    ],
    unrelated: [
      "周末杭州会不会下雪",
      "说个段子听听",
      "用python怎么排序一个列表",
      "二战是哪一年结束的",
      "香蕉有多少卡路里",
      "月亮离地球多远",
      "帮我起个猫的名字",
      "量子计算是什么意思",
      "出个脑筋急转弯",
      "红烧肉怎么做好吃",
      "明天股市会涨吗",
    ],
    gibberish: ["紫色的想法大声睡觉", "香蕉哲学三角形", "飞翔的桌子唱歌", "云朵吃掉了星期三"],
    mash: ["啊啊啊啊啊", "呃呃呃呃", "asdfasdf", "qweqweqwe", "哈哈哈哈哈哈哈", "。。。。。。", "？？？", "jjjjjjj"],
    vague: ["就是那个东西", "嗯那个啥", "就那个吧", "我也不知道", "随便说点什么", "你懂的", "那个……", "然后就那样了"],
  },
};

/** All held-out out-of-scope messages with their language. */
export function outOfScopeMessages(): { text: string; lang: "en" | "zh" }[] {
  return (["en", "zh"] as const).flatMap((lang) =>
    Object.values(OUT_OF_SCOPE_MESSAGES[lang]).flatMap((list) => list.map((text) => ({ text, lang }))),
  );
}
