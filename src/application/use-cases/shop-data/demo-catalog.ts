import type { Product } from "../../../domain/shop/product.js";

type Options = Record<string, string>;

/** [variant id suffix, options, price in cents, available]. */
type VariantRow = readonly [string, Options, number, boolean?];

function product(
  id: string,
  name: string,
  nameZh: string,
  category: string,
  description: string,
  attributes: Record<string, string>,
  rows: readonly VariantRow[],
): Product {
  return {
    id,
    name,
    nameZh,
    category,
    description,
    attributes,
    variants: rows.map(([suffix, options, priceCents, available = true]) => ({
      id: `${id}-${suffix}`,
      productId: id,
      options,
      available,
      priceCents,
      sku: `${id}-${suffix}`.toUpperCase(),
    })),
  };
}

/** The demo shop's 20 products: English option values, which the NLU maps to 蓝色/M码/青轴 and back. */
export const DEMO_PRODUCTS: Product[] = [
  product("tshirt", "T-Shirt", "T恤", "clothing", "Crew-neck cotton tee. 纯棉圆领T恤。", { material: "cotton" }, [
    ["blue-s", { color: "blue", size: "S" }, 1999],
    ["blue-m", { color: "blue", size: "M" }, 1999],
    ["blue-l", { color: "blue", size: "L" }, 2199],
    ["blue-xl", { color: "blue", size: "XL" }, 2199, false],
    ["black-m", { color: "black", size: "M" }, 1999],
    ["black-l", { color: "black", size: "L" }, 2199],
    ["white-m", { color: "white", size: "M" }, 1999],
    ["red-m", { color: "red", size: "M" }, 1999, false],
  ]),
  product(
    "earbuds",
    "Wireless Bluetooth Earbuds",
    "无线蓝牙耳机",
    "electronics",
    "Noise-cancelling earbuds, 24h battery.",
    { brand: "SoundWave", connectivity: "bluetooth" },
    [
      ["white", { color: "white" }, 7999],
      ["black", { color: "black" }, 7999],
      ["pink", { color: "pink" }, 8499, false],
    ],
  ),
  product(
    "keyboard",
    "Mechanical Keyboard",
    "机械键盘",
    "electronics",
    "Hot-swappable mechanical keyboard with RGB backlight.",
    { brand: "KeyForge" },
    [
      ["clicky-full", { switch: "clicky", layout: "full size" }, 12999],
      ["linear-full", { switch: "linear", layout: "full size" }, 12999],
      ["tactile-full", { switch: "tactile", layout: "full size" }, 13499],
      ["clicky-80", { switch: "clicky", layout: "80%" }, 10999],
      ["linear-80", { switch: "linear", layout: "80%" }, 10999, false],
    ],
  ),
  product(
    "bottle",
    "Water Bottle",
    "保温水杯",
    "home",
    "Vacuum-insulated stainless steel bottle.",
    { material: "stainless steel" },
    [
      ["500-silver", { capacity: "500ml", color: "silver" }, 2499],
      ["500-blue", { capacity: "500ml", color: "blue" }, 2499],
      ["750-silver", { capacity: "750ml", color: "silver" }, 2999],
      ["750-black", { capacity: "750ml", color: "black" }, 2999],
    ],
  ),
  product("shoes", "Running Shoes", "跑步鞋", "sports", "Lightweight cushioned running shoes.", { brand: "Stride" }, [
    ["40-black", { size: "40", color: "black" }, 8999],
    ["41-black", { size: "41", color: "black" }, 8999],
    ["42-black", { size: "42", color: "black" }, 8999],
    ["42-white", { size: "42", color: "white" }, 8999],
    ["43-white", { size: "43", color: "white" }, 8999, false],
  ]),
  product("lamp", "Desk Lamp", "台灯", "home", "LED desk lamp with three brightness levels.", { power: "USB" }, [
    ["white", { color: "white" }, 3999],
    ["black", { color: "black" }, 3999],
  ]),
  product(
    "backpack",
    "Backpack",
    "双肩背包",
    "accessories",
    "Water-resistant 25L laptop backpack.",
    { capacity: "25L" },
    [
      ["grey", { color: "grey", material: "polyester" }, 5999],
      ["navy", { color: "navy", material: "polyester" }, 5999],
      ["black-leather", { color: "black", material: "leather" }, 11999],
    ],
  ),
  product(
    "watch",
    "Smart Watch",
    "智能手表",
    "electronics",
    "Fitness smart watch with AMOLED display.",
    { brand: "Pulse" },
    [
      ["silver-metal", { color: "silver", band: "metal" }, 19999],
      ["black-silicone", { color: "black", band: "silicone" }, 17999],
      ["gold-leather", { color: "rose gold", band: "leather" }, 21999],
    ],
  ),
  product("coffee", "Coffee Maker", "咖啡机", "home", "Drip coffee maker with timer, 1.2L.", { brand: "Brewly" }, [
    ["black", { color: "black", capacity: "1.2L" }, 6999],
    ["stainless", { color: "stainless steel", capacity: "1.2L" }, 7999],
  ]),
  product("yogamat", "Yoga Mat", "瑜伽垫", "sports", "Non-slip TPE yoga mat.", { material: "TPE" }, [
    ["6-purple", { thickness: "6mm", color: "purple" }, 2999],
    ["6-green", { thickness: "6mm", color: "green" }, 2999],
    ["8-purple", { thickness: "8mm", color: "purple" }, 3499],
  ]),
  product(
    "speaker",
    "Bluetooth Speaker",
    "蓝牙音箱",
    "electronics",
    "Portable waterproof speaker.",
    { connectivity: "bluetooth" },
    [
      ["blue", { color: "blue" }, 4999],
      ["black", { color: "black" }, 4999],
    ],
  ),
  product("jacket", "Jacket", "夹克外套", "clothing", "Lightweight windproof jacket.", { material: "polyester" }, [
    ["navy-m", { color: "navy", size: "M" }, 8999],
    ["navy-l", { color: "navy", size: "L" }, 8999],
    ["beige-m", { color: "beige", size: "M" }, 8999],
    ["beige-l", { color: "beige", size: "L" }, 8999, false],
  ]),
  product("kettle", "Electric Kettle", "电热水壶", "home", "Fast-boil kettle with auto shut-off.", { power: "1800W" }, [
    ["1l-glass", { capacity: "1L", material: "glass" }, 3499],
    ["15l-steel", { capacity: "1.5L", material: "stainless steel" }, 3999],
  ]),
  product("sunglasses", "Sunglasses", "太阳镜", "accessories", "UV400 sunglasses.", { brand: "Solis" }, [
    ["black-polarized", { color: "black", lens: "polarized" }, 4599],
    ["brown-standard", { color: "brown", lens: "standard" }, 3599],
  ]),
  product(
    "mouse",
    "Wireless Mouse",
    "无线鼠标",
    "electronics",
    "Silent wireless mouse, rechargeable.",
    { connectivity: "wireless" },
    [
      ["black", { color: "black" }, 2599],
      ["white", { color: "white" }, 2599],
    ],
  ),
  product(
    "ereader",
    "E-Reader",
    "电子书阅读器",
    "electronics",
    "6-inch glare-free e-ink reader.",
    { storage: "16GB" },
    [
      ["8gb", { storage: "8GB" }, 9999],
      ["16gb", { storage: "16GB" }, 11999],
    ],
  ),
  product("powerbank", "Power Bank", "充电宝", "electronics", "Fast-charging portable battery.", { brand: "Volt" }, [
    ["10k", { capacity: "10000mAh" }, 2999],
    ["20k", { capacity: "20000mAh" }, 4499],
  ]),
  product("notebook", "Notebook", "笔记本", "stationery", "A5 dotted notebook, 160 pages.", { paper: "100gsm" }, [
    ["dotted", { ruling: "dotted" }, 1299],
    ["lined", { ruling: "lined" }, 1299],
  ]),
  product("scarf", "Silk Scarf", "真丝围巾", "accessories", "Mulberry silk scarf. 桑蚕丝围巾。", { material: "silk" }, [
    ["red", { color: "red" }, 6999],
    ["blue", { color: "blue" }, 6999],
  ]),
  product(
    "teaset",
    "Tea Set",
    "茶具套装",
    "home",
    "Porcelain tea set for four. 白瓷茶具四人套装。",
    { material: "porcelain" },
    [
      ["white", { color: "white" }, 5999],
      ["blue", { color: "blue", pattern: "blue and white" }, 6999],
    ],
  ),
];
