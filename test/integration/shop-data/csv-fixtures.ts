/** Sample products and orders CSV files, written the way docs/import-format.md describes. */
export const PRODUCTS_CSV = `product_id,name,name_zh,category,variant_id,sku,price,available,option:color,option:size,attr:brand
hoodie,Hoodie,连帽卫衣,clothing,hoodie-grey-m,HD-GM,39.90,true,grey,M,Cosy
hoodie,Hoodie,连帽卫衣,clothing,hoodie-grey-l,HD-GL,41,yes,grey,L,Cosy
hoodie,Hoodie,连帽卫衣,clothing,hoodie-black-m,,39.9,no,black,M,Cosy
socks,Socks,袜子,clothing,socks-white,,5.5,,white,,
`;

export const ORDERS_CSV = `order_id,customer_id,status,placed_at,address_line1,city,state,zip,country,product_id,variant_id,item_name,price,option:color,option:size,tracking_id,carrier,payment_method_id
#W0090001,emma_wilson_1001,shipped,2026-11-10,742 Market Street,San Francisco,CA,94107,USA,hoodie,hoodie-grey-m,Hoodie,39.90,grey,M,1Z999AA10000000001,UPS,credit_card_1001
#W0090001,emma_wilson_1001,shipped,2026-11-10,742 Market Street,San Francisco,CA,94107,USA,socks,socks-white,Socks,5.50,white,,1Z999AA10000000001,UPS,credit_card_1001
#W0090002,li_na_2001,return requested,2026-11-12T08:30:00Z,徐汇区衡山路100号,上海市,上海市,200031,中国,hoodie,hoodie-grey-l,Hoodie,41.00,grey,L,,,alipay_2001
`;
