import type { Customer } from "../../../domain/shop/customer.js";

type Address = Customer["defaultAddress"];

const us = (line1: string, city: string, state: string, zip: string): Address => ({
  line1,
  line2: "",
  city,
  state,
  zip,
  country: "USA",
});
const cn = (line1: string, city: string, state: string, zip: string): Address => ({
  line1,
  line2: "",
  city,
  state,
  zip,
  country: "中国",
});

/** Emma Wilson: the well-known English demo shopper (card, PayPal, gift card). */
export const EMMA: Customer = {
  id: "emma_wilson_1001",
  firstName: "Emma",
  lastName: "Wilson",
  email: "emma.wilson@example.com",
  phone: "+14155550142",
  locale: "en",
  defaultAddress: us("742 Market Street", "San Francisco", "CA", "94107"),
  addresses: [us("88 Pine Road, Apt 4", "Oakland", "CA", "94610")],
  paymentMethods: [
    { id: "credit_card_1001", kind: "credit_card", brand: "visa", last4: "4242" },
    { id: "paypal_1001", kind: "paypal" },
    { id: "gift_card_1001", kind: "gift_card", balanceCents: 8000 },
  ],
};

/** 李娜 (Li Na): the well-known Chinese demo shopper (Alipay, WeChat Pay, gift card). */
export const LI_NA: Customer = {
  id: "li_na_2001",
  firstName: "娜",
  lastName: "李",
  email: "li.na@example.cn",
  phone: "13912345678",
  locale: "zh",
  defaultAddress: cn("徐汇区衡山路100号3单元502室", "上海市", "上海市", "200031"),
  addresses: [cn("朝阳区建国路88号", "北京市", "北京市", "100022")],
  paymentMethods: [
    { id: "alipay_2001", kind: "alipay" },
    { id: "wechat_pay_2001", kind: "wechat_pay" },
    { id: "gift_card_2001", kind: "gift_card", balanceCents: 20000 },
    { id: "credit_card_2001", kind: "credit_card", brand: "unionpay", last4: "6222" },
  ],
};

function en(id: string, first: string, last: string, address: Address, card: string): Customer {
  return {
    id,
    firstName: first,
    lastName: last,
    email: `${first}.${last}@example.com`.toLowerCase(),
    locale: "en",
    defaultAddress: address,
    addresses: [],
    paymentMethods: [
      { id: `credit_card_${id.slice(-4)}`, kind: "credit_card", brand: "mastercard", last4: card },
      { id: `paypal_${id.slice(-4)}`, kind: "paypal" },
    ],
  };
}

function zh(id: string, pinyin: string, last: string, first: string, phone: string, address: Address): Customer {
  return {
    id,
    firstName: first,
    lastName: last,
    email: `${pinyin}@example.cn`,
    phone,
    locale: "zh",
    defaultAddress: address,
    addresses: [],
    paymentMethods: [
      { id: `alipay_${id.slice(-4)}`, kind: "alipay" },
      { id: `wechat_pay_${id.slice(-4)}`, kind: "wechat_pay" },
      { id: `gift_card_${id.slice(-4)}`, kind: "gift_card", balanceCents: 5000 },
    ],
  };
}

/** Twelve shoppers, half English and half Chinese, every payment kind represented. */
export const DEMO_CUSTOMERS: Customer[] = [
  EMMA,
  LI_NA,
  en("james_smith_1002", "James", "Smith", us("15 Elm Street", "Austin", "TX", "78701"), "5100"),
  en("olivia_brown_1003", "Olivia", "Brown", us("301 Lake Shore Drive", "Chicago", "IL", "60611"), "4444"),
  en("liam_johnson_1004", "Liam", "Johnson", us("9 Harbor View", "Seattle", "WA", "98101"), "1881"),
  en("sophia_garcia_1005", "Sophia", "Garcia", us("1200 Ocean Avenue", "Miami", "FL", "33139"), "3782"),
  en("noah_miller_1006", "Noah", "Miller", us("77 Maple Lane", "Denver", "CO", "80203"), "9010"),
  zh("zhang_wei_2002", "zhang.wei", "张", "伟", "13800138001", cn("南山区科技园路1号", "深圳市", "广东省", "518057")),
  zh("liu_yang_2003", "liu.yang", "刘", "洋", "13700137002", cn("天河区体育西路20号", "广州市", "广东省", "510620")),
  zh("chen_jing_2004", "chen.jing", "陈", "静", "13600136003", cn("西湖区文三路50号", "杭州市", "浙江省", "310012")),
  zh("zhao_lei_2005", "zhao.lei", "赵", "磊", "13500135004", cn("武侯区人民南路四段8号", "成都市", "四川省", "610041")),
  zh("zhou_ting_2006", "zhou.ting", "周", "婷", "13300133005", cn("鼓楼区中山路18号", "南京市", "江苏省", "210008")),
];
