export const decisionMessages = {
  'decision/unexpected-token': {
    severity: 'error',
    en: 'unexpected {found} in the instruction',
    zh: '修改指令中出现了意外的{found}',
  },
  'decision/unrecognised-instruction': {
    severity: 'error',
    en: 'this sentence is not an amendment instruction the grammar knows: {sentence}',
    zh: '此句不是语法已知的修改指令：{sentence}',
  },
  'decision/unclosed-quote': {
    severity: 'error',
    en: 'a quotation “ is not closed',
    zh: '引号“没有闭合',
  },
  'decision/unclosed-quote-at-end': {
    severity: 'warning',
    en: 'the quoted text of item {item} has no closing ”; it was taken to run to the end of the item',
    zh: '第{item}项的引文没有闭合的”；视为延续到该项末尾',
  },
  'decision/no-context': {
    severity: 'error',
    en: 'the instruction names no article and there is none to carry over from a previous line',
    zh: '该指令没有指明条，前文也没有可沿用的条',
  },
  'decision/count-mismatch': {
    severity: 'error',
    en: '分别改为 lists {from} numbers but {to} new numbers',
    zh: '“分别改为”列出了{from}个序号，却有{to}个新序号',
  },
  'decision/announced-count-mismatch': {
    severity: 'error',
    en: 'the instruction says {target} becomes {count} but gives {numbers} new numbers: {sentence}',
    zh: '该指令称{target}改为{count}，却列出{numbers}个新序号：{sentence}',
  },
  'decision/stated-count-mismatch': {
    severity: 'warning',
    en: 'the decision announces {stated} {what} but lists {found}',
    zh: '决定宣称{stated}{what}，实际列出{found}',
  },
  'decision/pair-mismatch': {
    severity: 'error',
    en: '{from} quoted phrases cannot be paired with {to} replacements',
    zh: '{from}个被引词句无法与{to}个替换词句一一对应',
  },
  'decision/payload-count-mismatch': {
    severity: 'error',
    en: 'the instruction names {targets} places but its quoted text has {units} paragraphs',
    zh: '该指令指明了{targets}处，但其引文有{units}段',
  },
  'decision/described-count-mismatch': {
    severity: 'warning',
    en: 'the instruction says {place} becomes {count}, but the text it gives has {units} there; the text is applied as given: {sentence}',
    zh: '该指令称{place}分成{count}，但所给引文中该处为{units}个；按所给引文修改：{sentence}',
  },
  'decision/described-part-missing': {
    severity: 'error',
    en: 'the instruction says {place} of {outer} becomes {count}, but the text it gives for {outer} has no {place}, so it does not restate {outer} whole: {sentence}',
    zh: '该指令称{outer}{place}分成{count}，但为{outer}所给引文中没有{place}，并非{outer}的全文：{sentence}',
  },
  'decision/unannounced-text': {
    severity: 'error',
    en: 'text is given for {target}, but no instruction before it in the item adds that provision: {sentence}',
    zh: '给出了{target}的文字，但本项中此前没有增加该条的指令：{sentence}',
  },
  'decision/missing-payload': {
    severity: 'error',
    en: 'the instruction announces new text for {what} but quotes none',
    zh: '该指令宣布了{what}的新文字，但没有引文',
  },
  'decision/bad-reference': {
    severity: 'error',
    en: '{found} cannot follow {previous} in a reference',
    zh: '在引述中，{found}不能跟在{previous}之后',
  },
  'decision/bad-range': {
    severity: 'error',
    en: 'cannot count from {from} to {to}',
    zh: '无法从{from}数到{to}',
  },
  'decision/unsupported-instruction': {
    severity: 'warning',
    en: '“{what}” was recognised, but no operation kind can express it; apply it by hand: {sentence}',
    zh: '已识别“{what}”，但没有操作类型能表达它；请手工修改：{sentence}',
  },
  'decision/unnumbered-articles': {
    severity: 'error',
    en: '修改为{count} gives the new articles no numbers; write each with its 第X条, or announce them (作为第X条、第Y条)',
    zh: '“修改为{count}”没有给新条编号；请逐条写明第X条，或事先说明（作为第X条、第Y条）',
  },
  'decision/unsupported-division': {
    severity: 'error',
    en: 'the instruction divides {targets} into {count} each, which no operation kind can express; applying the rest would leave them as they were: {sentence}',
    zh: '该指令将{targets}各分成{count}，没有操作类型能表达；只执行其余部分会使其保持原样：{sentence}',
  },
  'decision/unsupported-heading-division': {
    severity: 'error',
    en: 'the instruction divides {target} into {count} without saying which articles each new heading holds (包括第X条至第Y条), so it cannot be applied exactly; applying the rest would leave the heading as it was: {sentence}',
    zh: '该指令将{target}改为{count}，但未写明各新设部分包括哪些条文（包括第X条至第Y条），无法准确执行；只执行其余部分会使其保持原样：{sentence}',
  },
  'decision/rule-as-provision': {
    severity: 'error',
    en: 'the instruction names the rule as a whole (《…》, 本办法) where a 条, 款 or 项 to {what} is needed; nothing is done: {sentence}',
    zh: '该指令把整部法规（《…》、本办法）当作要{what}的条款，未指明条、款或项；不予执行：{sentence}',
  },
  'decision/unsupported-move': {
    severity: 'error',
    en: '“{what}” moves a provision into another place, which no operation kind can express; applying the rest would leave it where it was: {sentence}',
    zh: '“{what}”把一个条款移到别处，没有操作类型能表达；只执行其余部分会把它留在原处：{sentence}',
  },
  'decision/original-number-noted': {
    severity: 'info',
    en: '{target} is noted as {was} (its number before an earlier renumbering); it is read as {target} of the rule amended: {sentence}',
    zh: '{target}注明为{was}（此前调整序号前的序号）；按所修改规章的{target}读取：{sentence}',
  },
  'decision/original-number-conflict': {
    severity: 'warning',
    en: '{target} is noted as {was}, but this item itself numbers them otherwise ({other}); {target} is read as written: {sentence}',
    zh: '{target}注明为{was}，但本项自身的序号调整与此不符（{other}）；按所写的{target}读取：{sentence}',
  },
  'decision/payload-line-unfinished': {
    severity: 'warning',
    en: 'line {line} of a text written without quotation marks ends with no final mark and line {next} goes on: they were read as two paragraphs; if a line break cut one paragraph in two, join them',
    zh: '未加引号的引文第{line}行末尾没有标点，第{next}行接续其后：已按两段读取；如为换行将一段断开，请合并',
  },
  'decision/this-division-unknown': {
    severity: 'error',
    en: '在本{word}中: this item neither adds nor names a {word} for 本{word} to mean: {sentence}',
    zh: '“在本{word}中”：本项既未增加也未指明任何{word}，无法确定“本{word}”所指：{sentence}',
  },
  'decision/amended-number-unknown': {
    severity: 'error',
    en: '修改后的{target} names an article by its number in the amended rule, but no instruction of this item or an earlier one gives an article that number (原第X条改为{target}), so which article of the original rule is meant is not known: {sentence}',
    zh: '“修改后的{target}”按修改后的条文序号指称条文，但本项及前面各项都没有将某条改为{target}的规定，无法确定所指的原条文：{sentence}',
  },
  'decision/amended-number-followed': {
    severity: 'info',
    en: '修改后的{target}: item {item} of this decision gives {original} the number {target}, so {original} of the rule amended is meant: {sentence}',
    zh: '“修改后的{target}”：本决定第{item}项将{original}改为{target}，故指所修改规章的{original}：{sentence}',
  },
  'decision/original-number-followed': {
    severity: 'info',
    en: '{target} is noted as {was}: the items before it in this decision give {was} the number {target}, so the note names the article meant (read as {was} of the rule amended): {sentence}',
    zh: '{target}注明为{was}：本决定前面各项调整序号后{was}即为{target}，故按所注明的{was}（所修改规章的原序号）读取：{sentence}',
  },
  'decision/range-leaves-new-text': {
    severity: 'warning',
    en: '{range} names the rule’s own articles: “{phrase}” in {article}, which this decision adds (item {item}) in its own words, stays as written there',
    zh: '{range}指所修改规章原有的条文：本决定（第{item}项）新增的{article}中的“{phrase}”按本决定所写保留，不作修改',
  },
  'decision/stated-length-mismatch': {
    severity: 'warning',
    en: 'the instruction calls “{phrase}” {stated}, but it has {count} characters: {sentence}',
    zh: '指令称“{phrase}”为{stated}，但其实有{count}个字：{sentence}',
  },
  'decision/commentary-skipped': {
    severity: 'warning',
    en: 'these words of the instruction change nothing and are passed over: {words}',
    zh: '指令中的这些文字不作任何修改，已略过：{words}',
  },
  'decision/not-an-instruction': {
    severity: 'warning',
    en: 'this paragraph gives no textual amendment; it is kept as a clause of kind other: {sentence}',
    zh: '此段没有作出文字修改；作为其他类条款保留：{sentence}',
  },
  'decision/no-items': {
    severity: 'warning',
    en: 'the heading of “{title}” is followed by no instruction',
    zh: '“{title}”的标题之后没有修改指令',
  },
  'decision/no-instructions': {
    severity: 'error',
    en: 'no amendment instruction or repeal was found',
    zh: '没有找到修改指令或废止事项',
  },
  'decision/outside-text': {
    severity: 'info',
    en: 'the decision ends before this heading; the {lines} lines from here on belong to another document',
    zh: '决定在此标题之前结束；此后的{lines}行属于另一文件',
  },
  'decision/joined-page-break': {
    severity: 'info',
    en: 'joined a line broken across a page break',
    zh: '已接上被分页符断开的行',
  },
  'decision/unplaced-insertion': {
    severity: 'error',
    en: 'the instruction adds “{text}” to {place} but does not say where among its words; write 在…中的“A”后增加“{text}”: {sentence}',
    zh: '该指令在{place}中增加“{text}”，但没有说明增加在哪些文字之后；请写为“在…中的“A”后增加“{text}””：{sentence}',
  },
  'decision/descriptive-instruction': {
    severity: 'error',
    en: 'item {item} describes a change instead of stating it, so no operation is read from it; write the words to change and their new text: {sentence}',
    zh: '第{item}项是对修改的描述而非修改指令，未从中读取任何操作；请写明被修改的文字及其新文字：{sentence}',
  },
  'decision/no-rule': {
    severity: 'error',
    en: 'this instruction names no rule and the decision amends no single one: {sentence}',
    zh: '该指令没有指明规章，决定也不是只修改一件规章：{sentence}',
  },
  'decision/unclosed-quote-cut': {
    severity: 'warning',
    en: 'the quoted text of item {item} has no closing ”; it was taken to end with its line, as the next line is an instruction: {next}',
    zh: '第{item}项的引文没有闭合的”；下一行是另一条指令，视为引文在本行结束：{next}',
  },
  'decision/unclosed-quote-recovered': {
    severity: 'warning',
    en: 'a quotation “ is not closed; it was taken to end before the ； that starts the next instruction',
    zh: '引号“没有闭合；视为在下一条指令前的“；”处结束',
  },
  'decision/tidied-punctuation': {
    severity: 'info',
    en: 'read “{from}” in the quoted text as “{to}” (a scanning artefact; --verbatim keeps it)',
    zh: '引文中的“{from}”按“{to}”读取（扫描转换所致；--verbatim 保留原样）',
  },
  'decision/citations-adjusted': {
    severity: 'warning',
    en: "the decision says other rules' references follow the new numbering ({clause}); they are not changed here",
    zh: '决定称其他规章引用的条文序号相应调整（{clause}）；此处不作修改',
  },
} as const;
