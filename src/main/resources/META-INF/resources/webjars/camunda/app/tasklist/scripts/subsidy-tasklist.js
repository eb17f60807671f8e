/*
 * skill-subsidy's additions to Camunda Tasklist 7.24, loaded through `customScripts` in config.js before the app starts:
 *
 * 1. form-js (the Camunda Forms renderer) writes its validation messages (and an empty table's text) in English, with no way to translate them:
 *    they are fixed strings in its validator. Each message is translated where it is shown.
 * 2. A refusal by the server (problem JSON with a Chinese title and detail, or a Chinese message) is shown as one
 *    Chinese sentence, never as raw JSON.
 * 3. Completing a task says so: a short 完成 confirmation.
 * 4. The criteria of a filter's details dialog, which the bundle writes in English.
 * 5. An attachment linked from a review form opens in a new window.
 */
const angular = window.angular;

/** form-js 1.x messages (validator and number field), as they appear in the bundle, and their Chinese. */
const FORM_MESSAGES = [
  [/^Field is required\.$/, () => '此项为必填项。'],
  [/^Field must have minimum value of (.+)\.$/, m => `不能小于 ${m[1]}。`],
  [/^Field must have maximum value of (.+)\.$/, m => `不能大于 ${m[1]}。`],
  [/^Field must have minimum length of (.+)\.$/, m => `至少填写 ${m[1]} 个字。`],
  [/^Field must have maximum length of (.+)\.$/, m => `最多填写 ${m[1]} 个字。`],
  [/^Field must match pattern .+\.$/, () => '格式不正确。'],
  [/^Field must be a valid\s+international phone number\..*$/, () => '请填写有效的电话号码（含国际区号，例如 +8637412345678）。'],
  [/^Field must be a valid email\.$/, () => '请填写有效的电子邮箱地址。'],
  [/^Value is not a number\.$/, () => '请填写数字。'],
  [/^Value is expected to be an integer\.$/, () => '请填写整数。'],
  [/^Value is expected to have at most (\d+) decimal digits?\.$/, m => `最多 ${m[1]} 位小数。`],
  [
    /^Please select a valid value, the two nearest valid values are (.+) and (.+)\.$/,
    m => `请填写有效的值，最接近的有效值是 ${m[1]} 和 ${m[2]}。`
  ],
  [/^No results$/, () => '没有匹配的选项'],
  [/^Search$/, () => '搜索'],
  [/^Nothing to show\.$/, () => '暂无内容。']
];

const ATTRIBUTE_LABELS = {
  Search: '搜索',
  Increment: '增加',
  Decrement: '减少',
  'Next page': '下一页',
  'Previous page': '上一页'
};

export function translateFormMessage(text) {
  const trimmed = (text || '').trim();
  for (const [pattern, chinese] of FORM_MESSAGES) {
    const match = trimmed.match(pattern);
    if (match) {
      return chinese(match);
    }
  }
  return null;
}

/** The criteria of the filter details dialog (cam-tasklist-filter-modal-criteria.js), fixed English in the bundle. */
const CRITERIA = {
  'Process Instance': '流程实例',
  'Process definition': '流程定义',
  'Case Instance': '案例实例',
  'Case definition': '案例定义',
  Task: '任务',
  'User / Group': '用户/组',
  Dates: '日期',
  Other: '其他',
  ID: 'ID',
  Key: '流程定义键',
  'Key In': '流程定义键（多个）',
  Name: '名称',
  'Name Like': '名称（模糊匹配）',
  'Business Key': '业务键',
  'Business Key Like': '业务键（模糊匹配）',
  Active: '运行中',
  'Activity Instance ID In': '活动实例 ID（多个）',
  'Execution ID': '执行 ID',
  Assignee: '办理人',
  'Assignee in': '办理人（多个）',
  'Assignee Like': '办理人（模糊匹配）',
  Owner: '所有人',
  'Candidate Group': '候选组',
  'Candidate Groups': '候选组（多个）',
  'Candidate User': '候选用户',
  'Involved User': '相关用户',
  Assigned: '已分配',
  Unassigned: '未分配',
  'Delegation State': '委托状态',
  'Definition Key': '任务定义键',
  'Definition Key In': '任务定义键（多个）',
  'Definition Key Like': '任务定义键（模糊匹配）',
  Description: '描述',
  'Description Like': '描述（模糊匹配）',
  Priority: '优先级',
  'Priority Max': '最高优先级',
  'Priority Min': '最低优先级',
  'Tenant ID In': '租户 ID（多个）',
  'Without Tenant ID': '无租户 ID',
  'Without Due Date': '无到期日',
  'Created Before': '创建时间早于',
  'Created After': '创建时间晚于',
  'Due Before': '到期日早于',
  'Due After': '到期日晚于',
  'Follow Up After': '跟进日期晚于',
  'Follow Up Before': '跟进日期早于',
  'Follow Up Before or Not Existent': '跟进日期早于或未设置',
  'List of values seperated by comma. E.g.: `keyC, keyA, keyB`': '多个值用英文逗号分隔，例如：keyC, keyA, keyB'
};

/** Screen-reader texts of the bundle's buttons, and the titles of the diagram's zoom buttons. */
const SCREEN_READER_TEXTS = {Close: '关闭'};
const TITLES = {'zoom in': '放大', 'zoom out': '缩小', 'reset zoom': '重置缩放'};

export function translateCriterion(text) {
  const match = (text || '').match(/^(\s*)(.*?)(\s*\*?\s*)$/s);
  const chinese = match && CRITERIA[match[2]];
  return chinese ? match[1] + chinese + match[3] : null;
}

function translateTextNode(node) {
  const parent = node.parentElement;
  if (!parent) {
    return;
  }
  let chinese = null;
  if (parent.closest('.fjs-container')) {
    chinese = translateFormMessage(node.data);
  } else if (parent.closest('.modal')) {
    chinese = translateCriterion(node.data);
  }
  if (chinese === null && parent.classList.contains('sr-only')) {
    chinese = SCREEN_READER_TEXTS[node.data.trim()] || null;
  }
  if (chinese !== null && chinese !== node.data) {
    node.data = chinese;
  }
}

function translateElement(element) {
  if (!element.querySelectorAll || !element.closest) {
    return;
  }
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
  const inForm = element.closest('.fjs-container') || element.querySelector('.fjs-container');
  if (inForm) {
    // an attachment of the form opens in a new window: the reviewer keeps the form they are filling in
    const links = [element, ...element.querySelectorAll('a[href^="/review-files/"]')];
    links
      .filter(link => link.tagName === 'A' && (link.getAttribute('href') || '').startsWith('/review-files/'))
      .forEach(link => {
        link.setAttribute('target', '_blank');
        link.setAttribute('rel', 'noopener');
      });
  }
  const all = [element, ...element.querySelectorAll('[placeholder], [aria-label], [title], optgroup[label]')];
  for (const candidate of all) {
    if (inForm) {
      for (const attribute of ['placeholder', 'aria-label', 'title']) {
        const value = candidate.getAttribute && candidate.getAttribute(attribute);
        if (value && ATTRIBUTE_LABELS[value]) {
          candidate.setAttribute(attribute, ATTRIBUTE_LABELS[value]);
        }
      }
    }
    const title = candidate.getAttribute && TITLES[candidate.getAttribute('title')];
    if (title) {
      candidate.setAttribute('title', title);
    }
    if (candidate.tagName === 'OPTGROUP' && CRITERIA[candidate.getAttribute('label')]) {
      candidate.setAttribute('label', CRITERIA[candidate.getAttribute('label')]);
    }
  }
}

new MutationObserver(mutations => {
  for (const mutation of mutations) {
    if (mutation.type === 'characterData') {
      translateTextNode(mutation.target);
    } else if (mutation.type === 'attributes') {
      translateElement(mutation.target);
    } else {
      mutation.addedNodes.forEach(node =>
        node.nodeType === Node.TEXT_NODE ? translateTextNode(node) : translateElement(node)
      );
    }
  }
}).observe(document.documentElement, {
  childList: true,
  subtree: true,
  characterData: true,
  attributes: true,
  attributeFilter: ['placeholder', 'aria-label', 'title', 'label']
});

/**
 * The Chinese sentence of a refusal: the problem's title and detail (our API and the engine rules), or the message the
 * engine's REST API answers with; null when the text is no such JSON.
 */
export function refusalSentence(problem) {
  if (typeof problem === 'string') {
    const text = problem.trim();
    if (!text.startsWith('{')) {
      return null;
    }
    try {
      problem = JSON.parse(text);
    } catch (e) {
      return null;
    }
  }
  if (!problem || typeof problem !== 'object') {
    return null;
  }
  const nested = typeof problem.message === 'string' ? refusalSentence(problem.message) : null;
  if (nested) {
    return nested;
  }
  const title = typeof problem.title === 'string' ? problem.title.trim() : '';
  const reason = [problem.detail, problem.message].find(value => typeof value === 'string' && value.trim());
  const detail = reason ? reason.trim() : '';
  if (title && detail && title !== detail) {
    return `${title}：${detail}`;
  }
  return title || detail || null;
}

/** The refusal of a failed request as a sentence, from the response superagent attached to the error. */
function readable(err) {
  if (!err) {
    return err;
  }
  const response = err.response || {};
  let sentence = null;
  if (response.body && typeof response.body === 'object') {
    sentence = refusalSentence(response.body);
  }
  if (!sentence && typeof response.text === 'string') {
    sentence = refusalSentence(response.text);
  }
  if (!sentence && typeof err.message === 'string') {
    sentence = refusalSentence(err.message);
  }
  if (sentence) {
    err.message = sentence;
  }
  return err;
}

const custom = angular.module('cam.tasklist.custom');

custom.config([
  '$provide',
  function($provide) {
    $provide.decorator('Notifications', [
      '$delegate',
      function(Notifications) {
        const addError = Notifications.addError;
        Notifications.addError = function(notification) {
          if (notification && typeof notification.message === 'string') {
            const sentence = refusalSentence(notification.message);
            if (sentence) {
              notification.message = sentence;
            }
          }
          if (notification && !notification.message && document.querySelector('.fjs-form-field-error')) {
            // form-js refused to submit: the reasons are the red messages under the fields
            notification.message = '表单中有未填或填写有误的项目（见红字提示），请更正后再提交。';
          }
          return addError.apply(this, arguments);
        };
        return Notifications;
      }
    ]);
  }
]);

custom.run([
  'camAPI',
  'Notifications',
  function(camAPI, Notifications) {
    const Task = camAPI.resource('task');
    ['submitForm', 'complete'].forEach(method => {
      const original = Task[method];
      Task[method] = function(data, done) {
        const callback = done ? (err, ...rest) => done(readable(err), ...rest) : undefined;
        const result = original.call(this, data, callback);
        if (!result || typeof result.then !== 'function') {
          return result;
        }
        return result.then(
          value => {
            Notifications.addMessage({
              status: '完成',
              message: '任务已完成，已从待办中移除。',
              duration: 6000,
              exclusive: true
            });
            return value;
          },
          err => {
            throw readable(err);
          }
        );
      };
    });
  }
]);

export default [];
