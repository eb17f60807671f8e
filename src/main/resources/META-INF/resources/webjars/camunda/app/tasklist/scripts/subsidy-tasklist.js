/*
 * skill-subsidy's additions to Camunda Tasklist 7.24, loaded through `customScripts` in config.js before the app starts:
 *
 * 1. form-js (the Camunda Forms renderer) writes its validation messages in English, with no way to translate them:
 *    they are fixed strings in its validator. Each message is translated where it is shown.
 * 2. A refusal by the server (problem JSON with a Chinese title and detail, or a Chinese message) is shown as one
 *    Chinese sentence, never as raw JSON.
 * 3. Completing a task says so: a short 完成 confirmation.
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
  [/^Search$/, () => '搜索']
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

function translateTextNode(node) {
  if (!node.parentElement || !node.parentElement.closest('.fjs-container')) {
    return;
  }
  const chinese = translateFormMessage(node.data);
  if (chinese !== null && chinese !== node.data) {
    node.data = chinese;
  }
}

function translateElement(element) {
  if (!element.querySelectorAll || !element.closest) {
    return;
  }
  const inForm = element.closest('.fjs-container') || element.querySelector('.fjs-container');
  if (!inForm) {
    return;
  }
  const walker = document.createTreeWalker(element, NodeFilter.SHOW_TEXT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    translateTextNode(node);
  }
  const all = [element, ...element.querySelectorAll('[placeholder], [aria-label], [title]')];
  for (const candidate of all) {
    for (const attribute of ['placeholder', 'aria-label', 'title']) {
      const value = candidate.getAttribute && candidate.getAttribute(attribute);
      if (value && ATTRIBUTE_LABELS[value]) {
        candidate.setAttribute(attribute, ATTRIBUTE_LABELS[value]);
      }
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
  attributeFilter: ['placeholder', 'aria-label', 'title']
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
