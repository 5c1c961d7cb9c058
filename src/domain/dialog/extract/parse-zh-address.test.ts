import { describe, expect, it } from "vitest";
import { parseZhAddress } from "./parse-zh-address.js";

describe("parseZhAddress", () => {
  it.each([
    [
      "把W0020001的收货地址改成北京市朝阳区建国路88号",
      { province: "北京市", city: "北京市", district: "朝阳区", detail: "建国路88号", zip: "" },
    ],
    [
      "改到 浙江省杭州市西湖区文三路 100号 邮编310000",
      { province: "浙江省", city: "杭州市", district: "西湖区", detail: "文三路100号", zip: "310000" },
    ],
    [
      "地址改为广东深圳南山区科技园路1号，谢谢",
      { province: "广东省", city: "深圳市", district: "南山区", detail: "科技园路1号", zip: "" },
    ],
    [
      "新地址：广西壮族自治区南宁市青秀区民族大道100号 530000",
      { province: "广西壮族自治区", city: "南宁市", district: "青秀区", detail: "民族大道100号", zip: "530000" },
    ],
    [
      "W0020003 地址改成 广东省深圳市南山区科技园路1号（邮编518057） 我手机号 +86 13912345678",
      { province: "广东省", city: "深圳市", district: "南山区", detail: "科技园路1号", zip: "518057" },
    ],
    [
      "寄到上海市上海市黄浦区南京东路1号",
      { province: "上海市", city: "上海市", district: "黄浦区", detail: "南京东路1号", zip: "" },
    ],
    [
      "收货人 张三 13800138000 江苏省苏州市昆山市前进中路8号",
      { province: "江苏省", city: "苏州市", district: "昆山市", detail: "前进中路8号", zip: "" },
    ],
    [
      "帮我改成杭州市西湖区文三路100号吧",
      { province: "", city: "杭州市", district: "西湖区", detail: "文三路100号", zip: "" },
    ],
    [
      "内蒙古呼和浩特市新城区中山路5号",
      { province: "内蒙古自治区", city: "呼和浩特市", district: "新城区", detail: "中山路5号", zip: "" },
    ],
    [
      "重庆渝中区解放碑1号可以吗？",
      { province: "重庆市", city: "重庆市", district: "渝中区", detail: "解放碑1号", zip: "" },
    ],
    [
      "湖北省恩施土家族苗族自治州恩施市舞阳大道1号",
      { province: "湖北省", city: "恩施土家族苗族自治州", district: "恩施市", detail: "舞阳大道1号", zip: "" },
    ],
    [
      "河北石家庄长安区中山东路1号",
      { province: "河北省", city: "石家庄市", district: "长安区", detail: "中山东路1号", zip: "" },
    ],
    [
      "天津市和平区南京路 10号 3单元 502室，邮编：300000。",
      { province: "天津市", city: "天津市", district: "和平区", detail: "南京路10号3单元502室", zip: "300000" },
    ],
    [
      "订单#W0020001 地址写错了，应该是 四川省成都市武侯区人民南路四段1号",
      { province: "四川省", city: "成都市", district: "武侯区", detail: "人民南路四段1号", zip: "" },
    ],
    [
      "新疆自治区乌鲁木齐市天山区人民路2号，麻烦了",
      { province: "新疆维吾尔自治区", city: "乌鲁木齐市", district: "天山区", detail: "人民路2号", zip: "" },
    ],
    [
      "改成 云南省 大理白族自治州 大理市 人民路 1 号 ",
      { province: "云南省", city: "大理白族自治州", district: "大理市", detail: "人民路1号", zip: "" },
    ],
  ])("%s", (text, expected) => expect(parseZhAddress(text)).toEqual(expected));

  it("leaves the city empty when 市 is missing and cannot be inferred", () => {
    expect(parseZhAddress("浙江省西湖区文三路100号")).toMatchObject({ city: "", district: "西湖区" });
  });

  it("leaves the district empty when the shopper skipped it", () => {
    expect(parseZhAddress("浙江省杭州市文三路100号")).toMatchObject({
      city: "杭州市",
      district: "",
      detail: "文三路100号",
    });
  });

  it("splits a prefecture written without 市 from the county-level city after it", () => {
    expect(parseZhAddress("江苏苏州昆山市前进中路8号")).toMatchObject({ city: "苏州市", district: "昆山市" });
  });

  it("keeps a long prefecture name whole", () => {
    expect(parseZhAddress("内蒙古巴彦淖尔市临河区胜利路1号")).toMatchObject({ city: "巴彦淖尔市", district: "临河区" });
  });

  it("reads a county (县)", () => {
    expect(parseZhAddress("浙江省温州市永嘉县瓯北镇江北街道1号")).toMatchObject({ district: "永嘉县" });
  });

  it("ignores a phone number with +86 and dashes", () => {
    expect(parseZhAddress("+86 138-0013-8000 北京市海淀区中关村大街1号")?.detail).toBe("中关村大街1号");
  });

  it.each([["我的订单到哪了"], ["where is my order"], ["谢谢"]])("is undefined for %s", (text) =>
    expect(parseZhAddress(text)).toBeUndefined(),
  );
});

describe("parseZhAddress: pasted checkout lines", () => {
  it.each([
    ["收货地址改为：广东省广州市天河区天河路385号太古汇 张三 13800138000", "天河路385号太古汇"],
    ["张三，13800138000，广东省广州市天河区天河路385号", "天河路385号"],
    ["广东省广州市天河区天河路385号 王女士", "天河路385号"],
    ["广东省广州市天河区天河路385号 阿杰收", "天河路385号"],
    ["浙江省杭州市西湖区文三路100号 西溪湿地", "文三路100号西溪湿地"],
  ])("%s → detail %s", (text, detail) => expect(parseZhAddress(text)?.detail).toBe(detail));
});

describe("parseZhAddress: a second request after the address", () => {
  it("cuts the request off the detail", () => {
    expect(parseZhAddress("把订单W0020001的地址改成上海市浦东新区张江路100号，然后退掉W0020002")?.detail).toBe(
      "张江路100号",
    );
  });

  it("keeps a room written after a comma", () => {
    expect(parseZhAddress("北京市海淀区中关村大街1号，3号楼，502室")?.detail).toBe("中关村大街1号3号楼502室");
  });
});
