import type { Aspect } from "./aspect.js";

/**
 * Bilingual aspect lexicon, written as space-separated word lists (English phrases use "_"
 * for spaces). `terms` name the aspect; `pos`/`neg` are opinion words that only mean that
 * polarity next to this aspect (快 is good for delivery, 大 is bad for size); `implied` words
 * name the aspect and carry polarity at once (假货, overpriced). Per-term overrides handle
 * words whose sense flips, like 性价比高 (good) against 价格高 (bad).
 */
export interface AspectEntry {
  terms: string;
  pos: string;
  neg: string;
  impliedPos: string;
  impliedNeg: string;
  /** Aspect term -> its own pos/neg opinion words, replacing the aspect's. */
  overrides?: Record<string, { pos: string; neg: string }>;
}

export const ASPECT_LEXICON: Readonly<Record<Aspect, AspectEntry>> = {
  quality: {
    terms:
      "质量 品质 做工 材质 面料 布料 手感 用料 质感 性能 效果 音质 画质 屏幕 电池 续航 味道 口感 菜品 分量 卫生 设施 房间 " +
      "系统 声音 音量 分辨率 待机 外观 外形 散热 气味 印刷 纸张 纸质 内容 环境 隔音 床 早餐 饭菜 " +
      "quality material fabric build stitching craftsmanship durability battery screen sound taste food performance",
    pos: "结实 耐用 扎实 精致 细致 细腻 厚实 好吃 香 新鲜 足 清晰 流畅 安静 舒适 整洁 干净 solid sturdy durable excellent tasty fresh",
    neg: "粗糙 差 烂 薄 一般 难吃 淡 咸 油腻 凉 少 响 吵 模糊 潮湿 脏 旧 硬 油 poor flimsy weak bad awful",
    impliedPos: "做工精细 很结实 好吃 很香 well_made high_quality well-made durable sturdy delicious",
    impliedNeg:
      "掉色 起球 开线 脱线 瑕疵 破洞 掉漆 异味 坏了 用坏 死机 卡顿 漏水 变形 开胶 难吃 不新鲜 褪色 退色 发霉 色差 " +
      "没味道 太咸 太油 太硬 饭都凉了 与描述不符 和描述不符 货不对板 " +
      "defective fell_apart broke_down cheaply_made poor_quality ripped faded stopped_working",
  },
  logistics: {
    terms:
      "物流 快递 发货 送货 配送 到货 送达 送餐 送货速度 速度 骑手 外卖小哥 快递员 送单 送来 送到 送的 " +
      "delivery shipping shipment courier arrival arrived delivered",
    pos: "快 很快 迅速 及时 神速 准时 给力 fast quick quickly prompt speedy early on_time",
    neg: "慢 太慢 晚 延迟 超时 拖 久 太久 磨蹭 slow late delayed lost",
    impliedPos: "次日达 当天到 一天就到 隔天就到 送得快 fast_shipping fast_delivery arrived_early arrived_quickly",
    impliedNeg:
      "等了很久 等了好久 等了一个小时 送得慢 迟到 送错 丢件 一直没到 还没到 才到 才送到 才送来 还没送来 还没送到 " +
      "没送到 送不到 半天才来 小时才 个多小时 太久了 " +
      "took_forever arrived_late late_delivery never_arrived never_came lost_in_transit",
  },
  packaging: {
    terms: "包装 外包装 盒子 包裹 箱子 封口 餐盒 打包 packaging package box packed wrapping",
    pos: "严实 精美 完好 结实 仔细 用心 整齐 好看 secure neat sturdy intact nice",
    neg: "简陋 破 破损 压坏 漏 洒 烂 脏 damaged crushed torn dented leaking",
    impliedPos: "包装精美 包装严实 well_packed well-packed nicely_packaged",
    impliedNeg: "漏了 洒了 撒了 压扁 盒子破了 badly_packed poorly_packed box_was_damaged",
  },
  service: {
    terms:
      "服务 客服 态度 卖家 商家 店家 老板 售后 前台 服务员 掌柜 " +
      "service support seller staff customer_service agent representative",
    pos: "热情 耐心 周到 专业 贴心 及时 好 helpful friendly responsive patient polite kind professional",
    neg: "冷淡 敷衍 恶劣 差 慢 不理 不回复 拖延 不负责 rude unhelpful unresponsive slow dismissive",
    impliedPos: "态度好 服务好 很耐心 很热情 great_service very_helpful",
    impliedNeg: "不理人 爱理不理 没人回复 不给退 推卸责任 never_replied no_response ignored_me",
  },
  price: {
    terms: "价格 价钱 价位 售价 定价 性价比 优惠 折扣 price cost value priced pricing",
    pos: "便宜 实惠 划算 合理 低 值 公道 超值 cheap affordable reasonable low fair worth",
    neg: "贵 高 偏贵 太贵 虚高 不值 expensive pricey high steep",
    impliedPos: "物美价廉 超值 划算 实惠 便宜 性价比高 good_value great_value worth_the_money bargain affordable",
    impliedNeg: "太贵 偏贵 不值 坑钱 价格虚高 overpriced waste_of_money rip-off ripoff too_expensive not_worth",
    overrides: { 性价比: { pos: "高 好 不错 超高", neg: "低 差 一般" } },
  },
  size: {
    terms: "尺码 尺寸 大小 码数 长度 版型 个头 size sizing fit fits length width",
    pos: "合适 正好 刚好 标准 合身 perfect right true accurate",
    neg: "偏大 偏小 大 小 紧 松 长 短 不合适 small large big tight loose short long",
    impliedPos: "合身 尺码标准 大小合适 码数正 true_to_size fits_perfectly fits_well perfect_fit",
    impliedNeg:
      "偏大 偏小 太大 太小 太紧 太松 大了 小了 runs_small runs_large too_small too_big too_tight too_loose too_large",
  },
  authenticity: {
    terms: "正品 真伪 防伪 原装 authenticity authentic genuine original",
    pos: "保证 放心 是 confirmed",
    neg: "可疑 怀疑 假 questionable doubtful",
    impliedPos: "正品 真品 原装正品 官方正品 authentic genuine legit",
    impliedNeg: "假货 假的 仿冒 山寨 高仿 盗版 仿品 冒牌 fake counterfeit knockoff knock-off replica",
  },
};

/** Extra opinion words for reviews, on top of the message-sentiment lexicon; weight in [-1, 1]. */
export const REVIEW_OPINIONS: Readonly<Record<string, number>> = {
  好评: 0.8,
  五分: 0.8,
  没得说: 0.8,
  没话说: 0.7,
  没的说: 0.8,
  还行: 0.3,
  还可以: 0.3,
  可以: 0.3,
  挺好: 0.6,
  物超所值: 1,
  回购: 0.6,
  满分: 0.9,
  好用: 0.7,
  值得购买: 0.8,
  喜欢: 0.7,
  一般般: -0.3,
  凑合: -0.3,
  失望: -0.8,
  坑: -0.8,
  差劲: -0.9,
  上当: -0.9,
  退了: -0.5,
  别买: -0.9,
  不推荐: -0.8,
  慎买: -0.8,
  不会再: -0.7,
  避雷: -0.9,
  欺骗: -0.9,
  鸡肋: -0.6,
  麻烦: -0.4,
  吵: -0.5,
  旧: -0.4,
  潮湿: -0.5,
  霉味: -0.7,
  隔音差: -0.7,
  happy: 0.7,
  pleased: 0.7,
  satisfied: 0.8,
  worth: 0.5,
  "would recommend": 0.8,
  "five stars": 0.9,
  "love it": 0.9,
  disappointed: -0.8,
  "do not buy": -1,
  "don't buy": -1,
  returned: -0.5,
  "waste of": -0.8,
  "one star": -0.9,
};
