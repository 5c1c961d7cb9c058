/**
 * Traditional → simplified for the characters of after-sales talk ("訂單", "確認", "換貨"), one
 * character for one, so normalised text keeps its length. Not a full converter: only what the
 * dialog's keywords and replies need.
 */
const PAIRS =
  "訂订單单確确認认號号碼码貨货運运費费換换顏颜機机電电話话郵邮編编還还沒没問问題题謝谢這这個个請请幫帮時时間间們们嗎吗麼么與与為为會会過过錢钱實实買买賣卖發发輸输幾几種种體体讓让給给條条張张東东裡里裏里麵面別别對对說说聽听點点現现顯显態态滿满嗚呜變变邊边遞递達达遲迟後后應应該该經经歷历無无關关於于從从處处氣气價价據据辦办戶户帳账賬账員员鍵键盤盘藍蓝綠绿黃黄紅红銀银鐵铁壺壶煙烟燈灯錶表鐘钟線线網网購购車车場场區区縣县鎮镇蘇苏廣广島岛陽阳門门樓楼層层鄉乡聯联繫系絡络簡简務务維维護护開开證证書书標标準准優优禮礼餘余額额寶宝轉转帶带錯错誤误壞坏損损隨随";

export const TRADITIONAL_TO_SIMPLIFIED: ReadonlyMap<number, number> = new Map(
  Array.from({ length: PAIRS.length / 2 }, (_, i) => [PAIRS.charCodeAt(2 * i), PAIRS.charCodeAt(2 * i + 1)]),
);
