/** Quality problems reported in a reason ("broken", "质量问题"), which some policies require late. */
export function reportsQualityIssue(text: string | undefined): boolean {
  return /damag|broken|defect|faulty|not work|doesn'?t work|stopped working|torn|质量|坏|破损|损坏|瑕疵|故障|不能用|开线/i.test(
    text ?? "",
  );
}
